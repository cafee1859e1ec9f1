using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Cms.Web.Infrastructure;

/// <summary>Loads <c>Cms:KeyRing:CertificatePath</c>: the one place that says what is wrong with it, for the
/// start-up validation and for the data-protection set-up alike.</summary>
internal static class KeyRingCertificate
{
    public const string PathKey = "Cms:KeyRing:CertificatePath";

    /// <summary>The certificate, or the reason it cannot protect keys. No path configured is neither.</summary>
    public static bool TryLoad(KeyRingOptions options, out X509Certificate2? certificate, [NotNullWhen(false)] out string? error)
    {
        certificate = null;
        error = null;
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return true;
        }

        var path = Path.GetFullPath(options.CertificatePath);
        if (!File.Exists(path))
        {
            error = $"{PathKey}: '{path}' does not exist.";
            return false;
        }

        X509Certificate2 loaded;
        try
        {
            loaded = X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            error = $"{PathKey}: '{path}' cannot be read as a PKCS#12 (.pfx) file with the configured Cms:KeyRing:CertificatePassword ({e.Message.TrimEnd('.')}).";
            return false;
        }

        using var key = loaded.GetRSAPrivateKey();
        if (key is null)
        {
            loaded.Dispose();
            error = $"{PathKey}: '{path}' holds no RSA private key; the key ring needs one to read the keys it encrypts.";
            return false;
        }

        certificate = loaded;
        return true;
    }
}
