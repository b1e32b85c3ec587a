using System.Diagnostics;
using System.Security.Cryptography;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Publishing;

namespace InfoSiteGen.Deploying;

/// <summary>Why a deployment did not start or did not finish, in words for the office.</summary>
public sealed class DeployRefusedException(Wording wording) : Exception(wording.English)
{
    public Wording Wording { get; } = wording;
}

/// <summary>
/// What a deployment does to the target: the files to upload (new or changed, by SHA-256), the files to delete
/// (those the target's manifest lists and the new build does not), and how many stay as they are. Uploads
/// come before deletions, and the files pages need before the pages, so a page never links to a file that is
/// not there yet; <c>manifest.json</c> comes last of all.
/// </summary>
public sealed record DeployPlan(IReadOnlyList<ManifestFile> Uploads, IReadOnlyList<string> Deletions, int Unchanged, int FilesOnTarget)
{
    /// <summary>What the target's manifest said before the deployment; null for a first deployment.</summary>
    public PublishedManifest? OnTarget { get; init; }

    /// <summary>
    /// The manifest a deployment leaves on the target while it works: every file the old site had, and every file it
    /// is about to upload, the new ones under a hash no file has. A deployment cut short leaves it, so the next one
    /// uploads again what may be half-done and deletes what only the old site had, even after a first deployment.
    /// </summary>
    public PublishedManifest InProgress(PublishedManifest local)
    {
        var files = (OnTarget?.Files ?? []).ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var upload in Uploads)
        {
            files.TryAdd(upload.Path, upload with { Sha256 = Unfinished });
        }

        return local with { Files = files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList() };
    }

    private const string Unfinished = "unfinished";

    public long UploadBytes => Uploads.Sum(f => f.Size);

    /// <summary>The share of the site on the target that the plan deletes.</summary>
    public double DeletedShare => FilesOnTarget == 0 ? 0 : (double)Deletions.Count / FilesOnTarget;

    public static DeployPlan Between(PublishedManifest local, PublishedManifest? target)
    {
        var before = target?.Files.ToDictionary(f => f.Path, StringComparer.Ordinal) ?? [];
        var uploads = local.Files
            .Where(f => !before.TryGetValue(f.Path, out var old) || old.Sha256 != f.Sha256 || old.Size != f.Size)
            .OrderBy(f => Deployment.IsPage(f.Path) ? 1 : 0)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        var now = local.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var deletions = before.Keys.Where(path => !now.Contains(path)).Order(StringComparer.Ordinal).ToList();
        return new DeployPlan(uploads, deletions, local.Files.Count - uploads.Count, before.Count);
    }
}

/// <summary>What a finished deployment did.</summary>
public sealed record DeployResult(DeployPlan Plan, TimeSpan Duration);

/// <summary>
/// Puts a built site on the portal: compares the build's manifest with the one on the target, uploads what is new
/// or changed, deletes what only the old site had, writes the new manifest last, and reads every uploaded file
/// back to check it. A connection lost half-way leaves the old manifest on the target and every page working (each
/// file is renamed into place whole), and the next deployment finds the difference again and finishes the work.
/// Never deletes a file the site did not make, and refuses a target with files but no manifest of ours.
/// </summary>
public static class Deployment
{
    /// <summary>What the build in the output folder is, and what deploying it to the target would do.</summary>
    /// <exception cref="DeployRefusedException">There is nothing to deploy, or it must not go to that target.</exception>
    public static (PublishedManifest Local, byte[] LocalBytes, DeployPlan Plan) Prepare(string outputDirectory, IDeployTarget target)
    {
        var manifestPath = Path.Combine(outputDirectory, Manifest.FileName);
        if (!File.Exists(manifestPath))
        {
            throw new DeployRefusedException(new Wording(
                $"thư mục {outputDirectory} chưa có trang nào được dựng (không có {Manifest.FileName}); hãy chạy infositegen build trước",
                $"{outputDirectory} holds no built site (it has no {Manifest.FileName}); run infositegen build first"));
        }

        var localBytes = File.ReadAllBytes(manifestPath);
        var local = PublishedManifest.Read(localBytes) ?? throw new DeployRefusedException(new Wording(
            $"{manifestPath} không phải tệp manifest của InfoSiteGen; hãy dựng lại trang",
            $"{manifestPath} is not an InfoSiteGen manifest; build the site again"));
        if (local.Preview)
        {
            throw new DeployRefusedException(new Wording(
                "đây là bản xem trước (dựng với --preview), có cả bài chưa duyệt: không bao giờ được đăng; hãy dựng lại không có --preview",
                "this is a preview build (built with --preview), with items not approved: it must never be published; build again without --preview"));
        }

        PublishedManifest? onTarget = null;
        if ((target.Read(Manifest.FileName) ?? target.Read(IDeployTarget.PreviousName(Manifest.FileName))) is { } targetBytes)
        {
            onTarget = PublishedManifest.Read(targetBytes) ?? throw Foreign(target);
        }
        else if (target.HasAnything())
        {
            throw Foreign(target);
        }

        return (local, localBytes, DeployPlan.Between(local, onTarget) with { OnTarget = onTarget });
    }

    /// <summary>Carries out the plan and checks every uploaded file on the target.</summary>
    /// <exception cref="DeployRefusedException">A file of the output changed since the build, or the target holds other bytes than were sent.</exception>
    public static DeployResult Execute(string outputDirectory, IDeployTarget target, byte[] localManifest, DeployPlan plan, Action<string>? uploaded = null)
    {
        var clock = Stopwatch.StartNew();
        // Every file is checked against the build's manifest before the target is touched, and again as it is sent.
        foreach (var file in plan.Uploads)
        {
            CheckedLocalFile(outputDirectory, file, read: false);
        }

        if (plan.Uploads.Count > 0 || plan.Deletions.Count > 0)
        {
            var local = PublishedManifest.Read(localManifest)!;
            target.Write(Manifest.FileName, plan.InProgress(local).ToBytes());
        }

        // Several files travel at once, as a round trip to a distant server costs more than sending a page; the
        // files pages need all arrive before the first page.
        var progress = new Lock();
        foreach (var group in plan.Uploads.GroupBy(file => IsPage(file.Path)).OrderBy(group => group.Key))
        {
            ParallelWork.Run(group, file =>
            {
                target.Write(file.Path, CheckedLocalFile(outputDirectory, file, read: true)!);
                lock (progress)
                {
                    uploaded?.Invoke(file.Path);
                }
            });
        }

        foreach (var path in plan.Deletions)
        {
            target.Delete(path);
        }

        // The uploads are checked before the new manifest goes up: a file found wrong leaves the manifest of the
        // deployment in progress, and the next run sends it again.
        Check(target, plan.Uploads.Select(file => (file.Path, file.Sha256)).ToList());
        target.Write(Manifest.FileName, localManifest);
        Check(target, [(Manifest.FileName, Convert.ToHexStringLower(SHA256.HashData(localManifest)))]);

        return new DeployResult(plan, clock.Elapsed);
    }

    internal static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal);

    private static void Check(IDeployTarget target, IReadOnlyList<(string Path, string Sha256)> expected)
    {
        var found = target.Sha256(expected.Select(file => file.Path).ToList());
        var wrong = expected.Where(file => found.GetValueOrDefault(file.Path) != file.Sha256).Select(file => file.Path).ToList();
        if (wrong.Count > 0)
        {
            throw new DeployRefusedException(new Wording(
                $"sau khi tải lên, {wrong.Count} tệp trên {target.Name} không giống tệp đã gửi (ví dụ {wrong[0]}); hãy chạy lại lệnh deploy",
                $"after the upload, {wrong.Count} files on {target.Name} differ from what was sent (for example {wrong[0]}); run deploy again"));
        }
    }

    /// <summary>The file's bytes when <paramref name="read"/>, after checking them against the manifest; the check streams otherwise.</summary>
    private static byte[]? CheckedLocalFile(string outputDirectory, ManifestFile file, bool read)
    {
        var path = Path.Combine(outputDirectory, file.Path);
        string? sha256 = null;
        byte[]? bytes = null;
        if (File.Exists(path))
        {
            if (read)
            {
                bytes = File.ReadAllBytes(path);
                sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            }
            else
            {
                using var stream = File.OpenRead(path);
                sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
            }
        }

        if (sha256 != file.Sha256)
        {
            throw new DeployRefusedException(new Wording(
                $"{file.Path} trong thư mục output đã bị xóa hoặc sửa sau khi dựng trang, nên không còn đúng với manifest.json; hãy dựng lại trang rồi mới đăng",
                $"{file.Path} in the output folder was deleted or changed after the build, so it no longer matches manifest.json; build again before deploying"));
        }

        return bytes;
    }

    private static DeployRefusedException Foreign(IDeployTarget target) => new(new Wording(
        $"{target.Name} có những tệp không do InfoSiteGen đăng (không có manifest.json của InfoSiteGen), nên không thể biết tệp nào được xóa; hãy chọn thư mục trống hoặc thư mục đã đăng bằng lệnh này",
        $"{target.Name} holds files InfoSiteGen did not put there (it has no manifest.json of InfoSiteGen), so nothing tells which may be deleted; choose an empty folder or one this command deployed to"));
}
