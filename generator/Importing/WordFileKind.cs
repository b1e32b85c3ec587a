using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace InfoSiteGen.Importing;

/// <summary>What a file given to <c>import</c> turns out to be, judged by its bytes rather than its name.</summary>
public enum WordFileKind
{
    Docx,
    /// <summary>Word 97–2003 (.doc), or any other OLE compound file.</summary>
    OldWord,
    /// <summary>A .docx protected by a password: Word keeps it as an encrypted OLE compound file.</summary>
    Encrypted,
    OpenDocument,
    Rtf,
    /// <summary>A zip package that cannot be read: cut short in a download or an e-mail.</summary>
    CorruptPackage,
    /// <summary>A readable zip that is not a Word document (an .xlsx, a .pptx, a plain zip).</summary>
    OtherPackage,
    Unknown,
}

public static class WordFiles
{
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static WordFileKind Identify(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
        {
            // An encrypted Office Open XML file is a compound file holding the streams "EncryptionInfo" and
            // "EncryptedPackage", whose names are stored in UTF-16.
            return bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0 ? WordFileKind.Encrypted : WordFileKind.OldWord;
        }

        if (bytes.AsSpan().StartsWith("{\\rtf"u8))
        {
            return WordFileKind.Rtf;
        }

        if (!bytes.AsSpan().StartsWith("PK"u8))
        {
            return WordFileKind.Unknown;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open());
                if (reader.ReadToEnd().StartsWith("application/vnd.oasis.opendocument", StringComparison.Ordinal))
                {
                    return WordFileKind.OpenDocument;
                }
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return WordFileKind.OtherPackage;
            }

            // Read every entry to its end: a package cut short fails here rather than half-way through the conversion.
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                stream.CopyTo(Stream.Null);
            }

            return zip.GetEntry("word/document.xml") is not null ? WordFileKind.Docx : WordFileKind.OtherPackage;
        }
        catch (InvalidDataException)
        {
            return WordFileKind.CorruptPackage;
        }
    }

    /// <summary>Stands in for a link target that is not a valid address, which the converter then drops.</summary>
    public const string InvalidTarget = "http://invalid.invalid/";

    /// <summary>
    /// The package with every external relationship whose target is not a valid address (Word accepts
    /// <c>mailto:a@</c> or a path with spaces typed into a link; the Open XML SDK refuses the whole file) pointing at
    /// <see cref="InvalidTarget"/> instead; null when there was nothing to repair.
    /// </summary>
    public static byte[]? RepairLinkTargets(byte[] bytes)
    {
        using var input = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var repaired = false;
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var source = entry.Open();
                using var copy = zip.CreateEntry(entry.FullName).Open();
                if (!entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    source.CopyTo(copy);
                    continue;
                }

                var document = XDocument.Load(source);
                foreach (var relation in document.Descendants().Where(e => e.Name.LocalName == "Relationship" && (string?)e.Attribute("TargetMode") == "External"))
                {
                    if (!Uri.TryCreate((string?)relation.Attribute("Target"), UriKind.Absolute, out _))
                    {
                        relation.SetAttributeValue("Target", InvalidTarget);
                        repaired = true;
                    }
                }

                document.Save(copy);
            }
        }

        return repaired ? output.ToArray() : null;
    }
}
