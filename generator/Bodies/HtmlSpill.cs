using System.Text;
using Microsoft.Win32.SafeHandles;

namespace InfoSiteGen.Bodies;

/// <summary>
/// Where a build keeps the HTML of the rendered bodies until their pages are written: a file of its own rather than
/// the memory. Every body is rendered before the first page is written (lists and links need them all), and on a
/// large site their HTML would be the largest part of the build's memory, though each page reads its body once.
/// The file is removed from its folder as soon as it is opened, so it disappears with the build, whatever happens.
/// </summary>
public sealed class HtmlSpill : IDisposable
{
    private readonly SafeFileHandle _file;
    private long _end;

    private HtmlSpill(SafeFileHandle file) => _file = file;

    /// <summary>A body's HTML in the file.</summary>
    public sealed record Slice(HtmlSpill Spill, long Offset, int Length)
    {
        public string Read() => Encoding.UTF8.GetString(ReadBytes());

        public byte[] ReadBytes() => Spill.Read(Offset, Length);
    }

    /// <summary>Opens an empty spill file in <paramref name="folder"/> (the output's parent: a disk, where a temporary folder may be memory).</summary>
    public static HtmlSpill Create(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $".infositegen-bodies-{Environment.ProcessId}-{Guid.NewGuid():N}");
        // Removed when closed, should it outlive the removal below (a file system that refuses to remove an open file).
        var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, FileOptions.DeleteOnClose);
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Then it goes when the build closes it.
        }

        return new HtmlSpill(file);
    }

    /// <summary>Appends a body's UTF-8 HTML; safe from several threads at once.</summary>
    public Slice Keep(byte[] utf8)
    {
        var offset = Interlocked.Add(ref _end, utf8.Length) - utf8.Length;
        RandomAccess.Write(_file, utf8, offset);
        return new Slice(this, offset, utf8.Length);
    }

    /// <summary>Opens a file of bodies written earlier (the pipeline store's) to read slices of it; it may be removed while open.</summary>
    public static HtmlSpill OpenExisting(string path) =>
        new(File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete));

    /// <summary>A body's HTML at a place of the file.</summary>
    public Slice At(long offset, int length) => offset >= 0 && length >= 0 ? new Slice(this, offset, length) : throw new InvalidDataException("a body's place in its file is negative");

    private byte[] Read(long offset, int length)
    {
        var buffer = new byte[length];
        var read = 0;
        while (read < length)
        {
            var got = RandomAccess.Read(_file, buffer.AsSpan(read, length - read), offset + read);
            if (got == 0)
            {
                throw new IOException("the file of rendered bodies ended early");
            }

            read += got;
        }

        return buffer;
    }

    public void Dispose() => _file.Dispose();
}
