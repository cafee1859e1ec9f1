using System.Text.Json;
using Cms.Web.Infrastructure;

namespace Cms.Web.Tests.Infrastructure;

/// <summary><c>Cms:Contact</c>: validated at start, shown in the footer and named as the publisher.</summary>
public sealed class ContactOptionsTests(ContactSiteFactory factory) : IClassFixture<ContactSiteFactory>
{
    [Theory]
    [InlineData("Email", "not an address")]
    [InlineData("Phone", "call us")]
    [InlineData("Url", "javascript:alert(1)")]
    [InlineData("Url", "/relative")]
    [InlineData("Address", "two\nlines")]
    public void A_bad_contact_field_stops_the_site_naming_the_field(string field, string value)
    {
        var contact = new ContactOptions();
        typeof(ContactOptions).GetProperty(field)!.SetValue(contact, value);

        var result = new CmsOptionsValidator().Validate(null, new CmsOptions { Contact = contact });

        Assert.True(result.Failed);
        Assert.Contains("Cms:Contact:" + field, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void No_contact_and_a_full_contact_are_valid()
    {
        Assert.True(new CmsOptionsValidator().Validate(null, new CmsOptions()).Succeeded);
        Assert.True(new CmsOptionsValidator().Validate(null, new CmsOptions
        {
            Contact = new ContactOptions { Name = "Org", Email = "a@b.org", Phone = "+996 (312) 00-00-00", Address = "Bishkek", Url = "https://b.org" },
        }).Succeeded);
    }

    [Fact]
    public async Task The_footer_shows_the_configured_contact_and_json_ld_names_the_publisher()
    {
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync("/ru/news/v-oshe-sostoyalos-pervoe-zasedanie-dialogovoy-ploshchadki"));

        var address = page.QuerySelector("footer address")!;
        Assert.Equal("Адам укуктары боюнча Эдвокаси борбору", address.QuerySelector("strong")!.TextContent);
        Assert.NotNull(address.QuerySelector("a[href='mailto:info@advocacy.example.org']"));
        Assert.NotNull(address.QuerySelector("a[href='tel:+99631200-00-00']"));
        Assert.Contains("Бишкек, Чүй проспекти, 1", address.TextContent, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var article = json.RootElement.GetProperty("@graph")[0];
        Assert.Equal("Адам укуктары боюнча Эдвокаси борбору", article.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("https://advocacy.example.org", article.GetProperty("publisher").GetProperty("url").GetString());
    }
}
