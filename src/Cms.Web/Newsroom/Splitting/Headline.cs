namespace Cms.Web.Newsroom.Splitting;

/// <summary>
/// Proposals for a pasted text without a headline of its own: a title of headline length made from its first
/// sentence (its first clause when the sentence is long), and a summary from its lede.
/// </summary>
internal static class Headline
{
    /// <summary>Longest proposed title; news headlines run 60–90 characters.</summary>
    public const int MaxTitleLength = 90;

    /// <summary>Longest proposed summary (the lede's first sentences).</summary>
    public const int MaxSummaryLength = 300;

    private const int MinClauseLength = 30;

    private static readonly string[] ClauseBreaks = [", ", " — ", " – ", " - ", ": ", "; ", " (", " «"];

    /// <summary>
    /// <paramref name="sentence"/> when it is headline length; else its longest leading clause that is, or its
    /// leading words with an ellipsis.
    /// </summary>
    public static string TitleFrom(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Trim().TrimEnd('…').TrimEnd();
        if (text.Length <= MaxTitleLength && !sentence.EndsWith('…'))
        {
            return sentence.Trim();
        }

        var best = -1;
        foreach (var separator in ClauseBreaks)
        {
            for (var at = text.IndexOf(separator, StringComparison.Ordinal); at >= 0 && at <= MaxTitleLength; at = text.IndexOf(separator, at + 1, StringComparison.Ordinal))
            {
                if (at >= MinClauseLength && at > best)
                {
                    best = at;
                }
            }
        }

        if (best > 0)
        {
            return text[..best].TrimEnd(',', ';', ':', ' ', '-', '—', '–');
        }

        var cut = text.LastIndexOf(' ', MaxTitleLength - 1);
        return (cut > MinClauseLength ? text[..cut] : text[..(MaxTitleLength - 1)]).TrimEnd(',', ';', ':', ' ', '-', '—', '–') + "…";
    }

    /// <summary>The first sentences of the body's first real paragraph (not a dateline or a contact), up to <see cref="MaxSummaryLength"/>.</summary>
    public static string SummaryFrom(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var paragraph = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .FirstOrDefault(p => p.Count(char.IsLetter) >= 40 && !p.StartsWith('#') && !p.StartsWith('!'));
        if (paragraph is null)
        {
            return "";
        }

        if (paragraph.Length <= MaxSummaryLength)
        {
            return paragraph;
        }

        var end = -1;
        for (var i = 0; i < MaxSummaryLength; i++)
        {
            if (paragraph[i] is '.' or '!' or '?' && i + 1 < paragraph.Length && paragraph[i + 1] == ' ' && i >= MinClauseLength)
            {
                end = i + 1;
            }
        }

        if (end > 0)
        {
            return paragraph[..end];
        }

        var cut = paragraph.LastIndexOf(' ', MaxSummaryLength - 1);
        return paragraph[..(cut > 0 ? cut : MaxSummaryLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
