using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;

namespace Cms.Web.Tests.Infrastructure;

/// <summary>The seeded site over a data directory the caller owns, with its data-protection keys encrypted to the
/// certificate <c>key-ring.pfx</c> there (<c>Cms:KeyRing</c>); a second instance over the same directory is the same
/// site started again.</summary>
public sealed class KeyRingSiteFactory(TempDirectory data) : CmsWebFactory(data, ownsData: false)
{
    public const string Password = "ключ-пароль";
    private const string FileName = "key-ring.pfx";

    public static string CertificatePath(TempDirectory data) => Path.Combine(data.Path, FileName);

    /// <summary>A self-signed certificate as a PKCS#12 file: with its RSA private key, or the certificate alone.</summary>
    public static void WriteCertificate(string path, string password, bool withPrivateKey)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Cms key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        using var exported = withPrivateKey ? certificate : X509CertificateLoader.LoadCertificate(certificate.RawData);
        File.WriteAllBytes(path, exported.Export(X509ContentType.Pkcs12, password));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cms:KeyRing:CertificatePath", Path.Combine(DataDirectory, FileName));
        builder.UseSetting("Cms:KeyRing:CertificatePassword", Password);
    }
}
