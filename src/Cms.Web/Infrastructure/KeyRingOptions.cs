namespace Cms.Web.Infrastructure;

/// <summary>
/// <c>Cms:KeyRing</c>: how the data-protection keys (sign-in cookies, antiforgery tokens) are kept in the database.
/// Without a certificate they are stored as ASP.NET Core writes them, readable by whoever reads the database; with
/// one, each new key is encrypted to it, and every node needs the same certificate (with its private key) to read them.
/// </summary>
internal sealed class KeyRingOptions
{
    /// <summary>A PKCS#12 file (<c>.pfx</c>/<c>.p12</c>) holding a certificate with an RSA private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The file's password, if it has one (better given by environment: <c>Cms__KeyRing__CertificatePassword</c>).</summary>
    public string? CertificatePassword { get; set; }
}
