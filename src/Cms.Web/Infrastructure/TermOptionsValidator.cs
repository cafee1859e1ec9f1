using Microsoft.Extensions.Options;

namespace Cms.Web.Infrastructure;

/// <summary>Each entry of <c>Cms:Terms:Fallback</c> is <c>source</c> or a configured language code.</summary>
internal sealed class TermOptionsValidator(IOptions<LanguageOptions> languages) : IValidateOptions<TermOptions>
{
    public ValidateOptionsResult Validate(string? name, TermOptions options)
    {
        var codes = languages.Value.Supported.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        var errors = options.Fallback
            .Where(entry => !string.Equals(entry, Terms.TermFallback.Source, StringComparison.Ordinal) && !codes.Contains(entry))
            .Select(entry => $"Cms:Terms:Fallback: '{entry}' is neither 'source' nor a language of Languages:Supported ({string.Join(", ", codes)}).")
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
