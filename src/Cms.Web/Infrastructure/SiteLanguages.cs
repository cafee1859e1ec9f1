using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Cms.Web.Infrastructure;

/// <summary>The configured languages, as an immutable snapshot built once at start.</summary>
internal sealed class SiteLanguages
{
    private readonly FrozenDictionary<string, SiteLanguage> byCode;

    public SiteLanguages(IOptions<LanguageOptions> options)
    {
        var value = options.Value;
        All = [.. value.Supported.Select(l => new SiteLanguage(l.Code, CultureInfo.GetCultureInfo(l.Culture), l.Name))];
        byCode = All.ToFrozenDictionary(l => l.Code, StringComparer.Ordinal);
        Default = byCode[value.Default];
    }

    public IReadOnlyList<SiteLanguage> All { get; }

    public SiteLanguage Default { get; }

    public IEnumerable<string> Codes => All.Select(l => l.Code);

    public bool IsSupported(string? code) => code is not null && byCode.ContainsKey(code);

    public SiteLanguage Get(string code) => byCode[code];

    public SiteLanguage? Find(string? code) => code is not null && byCode.TryGetValue(code, out var l) ? l : null;
}
