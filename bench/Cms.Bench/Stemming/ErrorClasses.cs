namespace Cms.Bench.Stemming;

/// <summary>
/// Counts a stemmer's wrong pairs by kind. Missed (same lemma, different stems): one stem a prefix of the other
/// (an ending left on, or a stem cut short), the stems differ only in their last two letters or fewer (an
/// alternation: к/г, syncope, a final vowel), they differ from the first letter (prefixes, preverbs, suppletion),
/// or otherwise. Wrong merges (same stem, no shared lemma): on a stem of at most three letters, or a longer one.
/// </summary>
internal static class ErrorClasses
{
    public static IReadOnlyList<(string Kind, long Pairs)> Count(IEnumerable<UdWord> words, Func<string, string> stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        var formLemmas = UdEvaluation.FormLemmas(words);
        var forms = formLemmas.Keys.ToArray();
        var stems = forms.Select(stem).ToArray();
        long prefix = 0, ending = 0, start = 0, other = 0, shortMerge = 0, longMerge = 0;
        for (var i = 0; i < forms.Length; i++)
        {
            for (var j = i + 1; j < forms.Length; j++)
            {
                var sameLemma = formLemmas[forms[i]].Overlaps(formLemmas[forms[j]]);
                var sameStem = string.Equals(stems[i], stems[j], StringComparison.Ordinal);
                if (sameLemma && !sameStem)
                {
                    var (a, b) = (stems[i], stems[j]);
                    var common = a.AsSpan().CommonPrefixLength(b);
                    if (common == Math.Min(a.Length, b.Length))
                    {
                        prefix++;
                    }
                    else if (common == 0)
                    {
                        start++;
                    }
                    else if (a.Length - common <= 2 && b.Length - common <= 2)
                    {
                        ending++;
                    }
                    else
                    {
                        other++;
                    }
                }
                else if (sameStem && !sameLemma)
                {
                    if (stems[i].Length <= 3)
                    {
                        shortMerge++;
                    }
                    else
                    {
                        longMerge++;
                    }
                }
            }
        }

        return
        [
            ("missed: ending left on / stem cut short", prefix),
            ("missed: stem-final alternation", ending),
            ("missed: different beginning", start),
            ("missed: other", other),
            ("wrong merge: stem ≤ 3 letters", shortMerge),
            ("wrong merge: longer stem", longMerge),
        ];
    }
}
