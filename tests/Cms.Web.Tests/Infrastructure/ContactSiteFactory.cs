using Microsoft.AspNetCore.Hosting;

namespace Cms.Web.Tests.Infrastructure;

/// <summary>The seeded site with a publisher's contact configured in <c>Cms:Contact</c>.</summary>
public sealed class ContactSiteFactory : CmsWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cms:Contact:Name", "Адам укуктары боюнча Эдвокаси борбору");
        builder.UseSetting("Cms:Contact:Email", "info@advocacy.example.org");
        builder.UseSetting("Cms:Contact:Phone", "+996 312 00-00-00");
        builder.UseSetting("Cms:Contact:Address", "Бишкек, Чүй проспекти, 1");
        builder.UseSetting("Cms:Contact:Url", "https://advocacy.example.org");
    }
}
