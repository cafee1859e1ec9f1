using Microsoft.Playwright;

namespace Cms.Web.Tests.Browser;

/// <summary>The seeded site on a real Kestrel port, and one headless Chromium for the test class.</summary>
public class BrowserSiteFactory : CmsWebFactory, IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            return; // the tests are skipped, or fail under CI with a clear message
        }

        UseKestrel(0);
        StartServer();
        BaseAddress = ClientOptions.BaseAddress;
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (playwright is not null)
        {
            await Browser.CloseAsync();
            playwright.Dispose();
        }

        await DisposeAsync();
    }
}
