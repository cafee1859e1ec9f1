namespace Cms.Web.Infrastructure;

/// <summary>
/// <c>Cms:Contact</c>: who publishes the site, shown in every page's footer and named as the publisher in structured
/// data. Every field is optional; without a name the site's name (a UI string) stands in.
/// </summary>
internal sealed class ContactOptions
{
    /// <summary>The publishing organisation's name, the same in every language (a UI string when unset).</summary>
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>A postal address, one line.</summary>
    public string? Address { get; set; }

    /// <summary>The organisation's own web site (http or https).</summary>
    public string? Url { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Address) && string.IsNullOrWhiteSpace(Url);
}
