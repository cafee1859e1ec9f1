using Cms.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Cms.Web.Terms;

/// <summary>The configured order in which a missing label is looked for in other languages.</summary>
internal sealed class TermFallback(IOptions<TermOptions> options, SiteLanguages languages)
{
    public const string Source = "source";

    /// <summary>The languages to try for a story written in <paramref name="sourceLanguage"/> (null: no story, e.g. a facet).</summary>
    public IEnumerable<string> For(string? sourceLanguage) =>
        options.Value.Fallback
            .Select(code => string.Equals(code, Source, StringComparison.Ordinal) ? sourceLanguage : code)
            .OfType<string>()
            .Concat(languages.Codes)
            .Distinct(StringComparer.Ordinal);
}
