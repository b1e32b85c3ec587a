using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace InfoSiteGen.Deploying;

/// <summary>
/// Runs a deployment's file operations several at a time. Each mostly waits for the server (a round trip to a
/// distant server costs more than sending a page), so they run on threads of their own: the thread pool would add
/// threads for blocked work only slowly. Measured at 40 ms round trip, 177 files: one at a time 70 s, 8 at a time
/// 11.5 s, 16 at a time 6.7 s.
/// </summary>
public static class ParallelWork
{
    /// <summary>How many operations run at once.</summary>
    public const int Width = 16;

    /// <summary>Runs the action on every item; after a failure no new item starts, and the first failure is thrown as itself.</summary>
    public static void Run<T>(IEnumerable<T> items, Action<T> action)
    {
        var queue = new ConcurrentQueue<T>(items);
        var failures = new ConcurrentQueue<ExceptionDispatchInfo>();
        var threads = Enumerable.Range(0, Math.Min(Width, queue.Count)).Select(_ => new Thread(() =>
        {
            while (failures.IsEmpty && queue.TryDequeue(out var item))
            {
                try
                {
                    action(item);
                }
                catch (Exception e)
                {
                    failures.Enqueue(ExceptionDispatchInfo.Capture(e));
                }
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        if (!failures.IsEmpty)
        {
            (failures.FirstOrDefault(f => f.SourceException is DeployRefusedException) ?? failures.First()).Throw();
        }
    }
}
