using System.Net;
using Microsoft.Extensions.Options;

namespace Cms.Web.Infrastructure;

internal sealed class CmsOptionsValidator : IValidateOptions<CmsOptions>
{
    public ValidateOptionsResult Validate(string? name, CmsOptions options)
    {
        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            return ValidateOptionsResult.Fail($"Cms:TimeZone '{options.TimeZone}' is not a known time zone.");
        }

        if (!string.IsNullOrEmpty(options.PublicBaseUrl) && !IsBaseUrl(options.PublicBaseUrl))
        {
            return ValidateOptionsResult.Fail(
                $"Cms:PublicBaseUrl '{options.PublicBaseUrl}' must be an absolute http or https URL without query or fragment, e.g. https://news.example.org.");
        }

        foreach (var proxy in options.KnownProxies)
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                return ValidateOptionsResult.Fail($"Cms:KnownProxies: '{proxy}' is not an IP address.");
            }
        }

        foreach (var network in options.KnownNetworks)
        {
            if (!IPNetwork.TryParse(network, out _))
            {
                return ValidateOptionsResult.Fail($"Cms:KnownNetworks: '{network}' is not a network in CIDR notation (10.0.0.0/8).");
            }
        }

        if (options.NodeName is { } node && !Operations.CmsNode.IsValidName(node))
        {
            return ValidateOptionsResult.Fail(
                $"Cms:NodeName '{node}' must be 1 to {Operations.CmsNode.MaxLength} letters, digits, '.', '_', ':' or '-' (it is sent in a header).");
        }

        if (!KeyRingCertificate.TryLoad(options.KeyRing, out var certificate, out var keyRingError))
        {
            return ValidateOptionsResult.Fail(keyRingError);
        }

        certificate?.Dispose();
        return ContactError(options.Contact) is { } contactError ? ValidateOptionsResult.Fail(contactError) : ValidateOptionsResult.Success;
    }

    private static string? ContactError(ContactOptions contact)
    {
        foreach (var (field, value, max) in new[] { ("Name", contact.Name, 200), ("Email", contact.Email, 254), ("Phone", contact.Phone, 40), ("Address", contact.Address, 300), ("Url", contact.Url, 2000) })
        {
            if (value is not null && (value.Length > max || value.Any(char.IsControl)))
            {
                return $"Cms:Contact:{field} must be one line of at most {max} characters.";
            }
        }

        if (!string.IsNullOrEmpty(contact.Email) && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(contact.Email))
        {
            return $"Cms:Contact:Email '{contact.Email}' is not an e-mail address.";
        }

        if (!string.IsNullOrEmpty(contact.Phone) && !contact.Phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')'))
        {
            return $"Cms:Contact:Phone '{contact.Phone}' may hold only digits, spaces, '+', '-' and parentheses.";
        }

        return !string.IsNullOrEmpty(contact.Url) && !IsBaseUrl(contact.Url)
            ? $"Cms:Contact:Url '{contact.Url}' must be an absolute http or https URL."
            : null;
    }

    private static bool IsBaseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo)
        && !text.Contains('#', StringComparison.Ordinal) && !text.Contains('?', StringComparison.Ordinal);
}
