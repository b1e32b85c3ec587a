using System.Threading.Channels;

namespace InfoSiteGen.Serving;

/// <summary>
/// The open browser pages waiting to hear that the site was updated. Each page's event stream subscribes
/// here; every update is announced to all of them. A slow page never holds the others up: each has its own
/// queue, and only the latest version matters to it.
/// </summary>
public sealed class ReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<int>> _subscribers = [];

    /// <summary>The number of pages listening, for tests that must wait until a page is connected.</summary>
    public int Listeners
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    public Channel<int> Subscribe()
    {
        var channel = Channel.CreateBounded<int>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }

        return channel;
    }

    public void Unsubscribe(Channel<int> channel)
    {
        lock (_gate)
        {
            _subscribers.Remove(channel);
        }

        channel.Writer.TryComplete();
    }

    /// <summary>Tells every listening page that the site is now at <paramref name="version"/>.</summary>
    public void Announce(int version)
    {
        lock (_gate)
        {
            foreach (var channel in _subscribers)
            {
                channel.Writer.TryWrite(version);
            }
        }
    }

    /// <summary>Ends every page's event stream, so the server can stop without waiting for them.</summary>
    public void Close()
    {
        lock (_gate)
        {
            foreach (var channel in _subscribers)
            {
                channel.Writer.TryComplete();
            }

            _subscribers.Clear();
        }
    }
}
