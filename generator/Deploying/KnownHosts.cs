using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace InfoSiteGen.Deploying;

/// <summary>What the known-hosts files say of the key a server presented.</summary>
public enum HostKeyVerdict
{
    /// <summary>A line names the host with this very key.</summary>
    Known,

    /// <summary>No line names the host with a key of this type.</summary>
    Unknown,

    /// <summary>A line names the host with another key of the same type: the server was reinstalled, or someone is in between.</summary>
    Changed,

    /// <summary>The key is marked <c>@revoked</c>.</summary>
    Revoked,
}

/// <summary>
/// OpenSSH's <c>known_hosts</c> files, read as <c>ssh</c> reads them: host patterns (with <c>*</c>, <c>?</c>,
/// negation by <c>!</c>, and <c>[host]:port</c> for ports other than 22), hashed host names
/// (<c>|1|salt|hash</c>, as <c>HashKnownHosts yes</c> writes them), and the <c>@revoked</c> marker. Keys are
/// compared whole (the base64 blob), so an RSA key is known whichever signature algorithm the server uses.
/// </summary>
public static class KnownHosts
{
    /// <summary>The verdict, and where the line that decided it is (file:line) when one did.</summary>
    public static (HostKeyVerdict Verdict, string? Where) Check(IEnumerable<string> files, string host, int port, byte[] key)
    {
        var name = port == 22 ? host : $"[{host}]:{port}";
        var keyType = KeyType(key);
        string? knownAt = null;
        string? changedAt = null;
        foreach (var file in files.Where(File.Exists))
        {
            var number = 0;
            foreach (var raw in File.ReadLines(file))
            {
                number++;
                var fields = raw.Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length == 0 || fields[0].StartsWith('#'))
                {
                    continue;
                }

                var marker = fields[0].StartsWith('@') ? fields[0] : null;
                if (marker is not null)
                {
                    fields = fields[1..];
                }

                // Certificate authorities are not keys of the host, and ssh ignores lines with markers it does not know.
                if (fields.Length < 3 || (marker is not null && marker != "@revoked") || !Matches(fields[0], name))
                {
                    continue;
                }

                byte[] blob;
                try
                {
                    blob = Convert.FromBase64String(fields[2]);
                }
                catch (FormatException)
                {
                    continue;
                }

                var same = blob.AsSpan().SequenceEqual(key);
                if (marker == "@revoked")
                {
                    if (same)
                    {
                        return (HostKeyVerdict.Revoked, $"{file}:{number}");
                    }
                }
                else if (same)
                {
                    // Not yet the answer: a later @revoked line still overrules it.
                    knownAt ??= $"{file}:{number}";
                }
                else if (KeyType(blob) == keyType)
                {
                    changedAt ??= $"{file}:{number}";
                }
            }
        }

        return knownAt is not null ? (HostKeyVerdict.Known, knownAt)
            : changedAt is not null ? (HostKeyVerdict.Changed, changedAt)
            : (HostKeyVerdict.Unknown, null);
    }

    /// <summary>The key types the files record for the host (<c>ssh-ed25519</c>, <c>ssh-rsa</c>, …), revoked keys aside.</summary>
    public static IReadOnlySet<string> RecordedTypes(IEnumerable<string> files, string host, int port)
    {
        var name = port == 22 ? host : $"[{host}]:{port}";
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(File.Exists))
        {
            foreach (var raw in File.ReadLines(file))
            {
                var fields = raw.Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length >= 3 && !fields[0].StartsWith('#') && !fields[0].StartsWith('@') && Matches(fields[0], name))
                {
                    types.Add(fields[1]);
                }
            }
        }

        return types;
    }

    /// <summary>The key type a host key algorithm signs with: RSA keys sign as rsa-sha2-256 and rsa-sha2-512 too.</summary>
    public static string KeyTypeOfAlgorithm(string algorithm) => algorithm.StartsWith("rsa-sha2-", StringComparison.Ordinal) ? "ssh-rsa" : algorithm;

    /// <summary>The fingerprint as <c>ssh</c> and <c>ssh-keygen -l</c> print it: <c>SHA256:</c> and unpadded base64.</summary>
    public static string Fingerprint(byte[] key) => "SHA256:" + Convert.ToBase64String(SHA256.HashData(key)).TrimEnd('=');

    /// <summary>The key's type as the blob itself names it (<c>ssh-ed25519</c>, <c>ssh-rsa</c>, …).</summary>
    public static string KeyType(byte[] key)
    {
        if (key.Length < 4)
        {
            return string.Empty;
        }

        var length = (key[0] << 24) | (key[1] << 16) | (key[2] << 8) | key[3];
        return length > 0 && length <= key.Length - 4 ? Encoding.ASCII.GetString(key, 4, length) : string.Empty;
    }

    private static bool Matches(string patterns, string name)
    {
        if (patterns.StartsWith("|1|", StringComparison.Ordinal))
        {
            var parts = patterns.Split('|');
            try
            {
                using var hmac = new HMACSHA1(Convert.FromBase64String(parts[2]));
                return parts.Length == 4 && Convert.ToBase64String(hmac.ComputeHash(Encoding.ASCII.GetBytes(name))) == parts[3];
            }
            catch (FormatException)
            {
                return false;
            }
        }

        var matched = false;
        foreach (var pattern in patterns.Split(','))
        {
            var negated = pattern.StartsWith('!');
            var wildcard = "^" + Regex.Escape(negated ? pattern[1..] : pattern).Replace(@"\*", ".*").Replace(@"\?", ".") + "$";
            if (Regex.IsMatch(name, wildcard, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            {
                if (negated)
                {
                    return false;
                }

                matched = true;
            }
        }

        return matched;
    }
}
