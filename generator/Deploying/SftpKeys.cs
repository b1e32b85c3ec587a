using InfoSiteGen.Diagnostics;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace InfoSiteGen.Deploying;

/// <summary>The private keys a login offers, read from their files (OpenSSH, PEM or PuTTY format).</summary>
public static class SftpKeys
{
    /// <summary>
    /// The keys that can be read. A key named with <c>--identity</c> must be readable; among the default ones, a key
    /// that needs a passphrase nobody gave, or that cannot be read, is left out, as <c>ssh</c> in batch mode does.
    /// </summary>
    /// <exception cref="DeployRefusedException">The key given with --identity cannot be used.</exception>
    public static IReadOnlyList<PrivateKeyFile> Load(SftpLogin login)
    {
        var keys = new List<PrivateKeyFile>();
        foreach (var file in login.KeyFiles)
        {
            try
            {
                keys.Add(new PrivateKeyFile(file, login.Passphrase));
            }
            catch (SshPassPhraseNullOrEmptyException) when (login.KeyFilesGiven)
            {
                throw new DeployRefusedException(new Wording(
                    $"khóa {file} được bảo vệ bằng cụm mật khẩu: hãy đặt nó vào biến môi trường {SftpLogin.PassphraseVariable}",
                    $"the key {file} is protected by a passphrase: put it in the environment variable {SftpLogin.PassphraseVariable}"));
            }
            catch (Exception e) when (login.KeyFilesGiven && e is FileNotFoundException or DirectoryNotFoundException)
            {
                throw new DeployRefusedException(new Wording(
                    $"không có tệp khóa {file} (--identity)",
                    $"there is no key file {file} (--identity)"));
            }
            catch (Exception e) when (login.KeyFilesGiven && e is not OutOfMemoryException)
            {
                throw new DeployRefusedException(new Wording(
                    $"không đọc được khóa riêng {file} ({e.Message}); cần tệp khóa riêng dạng OpenSSH, PEM hoặc PuTTY, không phải tệp .pub",
                    $"cannot read the private key {file} ({e.Message}); it must be a private key in OpenSSH, PEM or PuTTY format, not the .pub file"));
            }
            catch (Exception e) when (!login.KeyFilesGiven && e is not OutOfMemoryException)
            {
                // A default key that cannot be used is skipped; the server may accept another key or the password.
            }
        }

        return keys;
    }
}
