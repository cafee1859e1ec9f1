using System.Globalization;
using Microsoft.Extensions.Options;

namespace Cms.Web.Infrastructure;

internal sealed class LanguageOptionsValidator : IValidateOptions<LanguageOptions>
{
    public ValidateOptionsResult Validate(string? name, LanguageOptions options)
    {
        var errors = new List<string>();
        if (options.Supported.Count == 0)
        {
            errors.Add("Languages:Supported must list at least one language.");
        }

        var codes = options.Supported.Select(l => l.Code).ToList();
        if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
        {
            errors.Add("Languages:Supported lists a language code twice.");
        }

        if (!codes.Contains(options.Default, StringComparer.Ordinal))
        {
            errors.Add($"Languages:Default '{options.Default}' is not in Languages:Supported.");
        }

        foreach (var language in options.Supported)
        {
            try
            {
                _ = CultureInfo.GetCultureInfo(language.Culture, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                errors.Add($"Languages:Supported: culture '{language.Culture}' of '{language.Code}' is unknown.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
