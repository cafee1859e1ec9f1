using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Infrastructure;

/// <summary><c>Cms:KeyRing</c>: with a certificate configured, the data-protection keys in the database are encrypted
/// to it, and the site started again reads them back; a certificate that cannot serve stops the site at start, naming
/// the setting.</summary>
public sealed class KeyRingTests : IDisposable
{
    private readonly TempDirectory data = new();

    [Fact]
    public async Task Keys_are_stored_encrypted_and_read_back_after_a_restart()
    {
        KeyRingSiteFactory.WriteCertificate(KeyRingSiteFactory.CertificatePath(data), KeyRingSiteFactory.Password, withPrivateKey: true);
        string payload;
        await using (var site = new KeyRingSiteFactory(data))
        {
            using (var client = site.CreateClient())
            {
                Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/manager/login")).StatusCode); // an antiforgery token
            }

            payload = site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key-ring-test").Protect("Ош");
            await using var scope = site.Services.CreateAsyncScope();
            var keys = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, key =>
            {
                Assert.Contains("encryptedSecret", key.Xml, StringComparison.Ordinal);
                Assert.DoesNotContain("unencrypted form", key.Xml, StringComparison.Ordinal);
            });
        }

        await using var restarted = new KeyRingSiteFactory(data);
        using (restarted.CreateClient())
        {
        }

        Assert.Equal("Ош", restarted.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key-ring-test").Unprotect(payload));
    }

    [Fact]
    public void A_missing_file_stops_the_site_naming_the_setting()
    {
        var result = Validate(new KeyRingOptions { CertificatePath = Path.Combine(data.Path, "none.pfx") });

        Assert.True(result.Failed);
        Assert.Contains("Cms:KeyRing:CertificatePath", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("does not exist", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_password_stops_the_site_naming_the_setting()
    {
        var path = KeyRingSiteFactory.CertificatePath(data);
        KeyRingSiteFactory.WriteCertificate(path, KeyRingSiteFactory.Password, withPrivateKey: true);

        var result = Validate(new KeyRingOptions { CertificatePath = path, CertificatePassword = "wrong" });

        Assert.True(result.Failed);
        Assert.Contains("cannot be read as a PKCS#12", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_without_its_private_key_stops_the_site()
    {
        var path = KeyRingSiteFactory.CertificatePath(data);
        KeyRingSiteFactory.WriteCertificate(path, KeyRingSiteFactory.Password, withPrivateKey: false);

        var result = Validate(new KeyRingOptions { CertificatePath = path, CertificatePassword = KeyRingSiteFactory.Password });

        Assert.True(result.Failed);
        Assert.Contains("no RSA private key", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_started_with_a_missing_certificate_fails_with_the_message()
    {
        using var site = new KeyRingSiteFactory(data); // no certificate written

        var error = Record.Exception(() => site.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("Cms:KeyRing:CertificatePath", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestDatabase.Drop(data.Path);
        data.Dispose();
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(KeyRingOptions keyRing) =>
        new CmsOptionsValidator().Validate(null, new CmsOptions { KeyRing = keyRing });
}
