namespace Cms.Search.Analysis.Ru;

/// <summary>
/// The Russian chain's stemming: Snowball, with three rules on top that Snowball's suffix stripping cannot express.
/// <list type="bullet">
/// <item>A reflexive verb keeps a mark of its -ся/-сь: dictionaries (and the UD lemmas we measure against) treat
/// собираться and собирать as different words.</item>
/// <item>The fleeting vowel of -ец after a consonant goes, as in every other form of the word: отец/отца,
/// конец/конца. Not -ок or -ек: they would change place names (Бишкек, Токмок) in every form, and their loose keys
/// would no longer meet what people type in Latin letters.</item>
/// <item>The neuter nouns in -мя grow -ен- in their other forms (время/времени/временем): one stem for all.</item>
/// </list>
/// Measured on UD, F1: ru_gsd 0.823 (Snowball) → 0.848; ru_taiga 0.759 → 0.778.
/// </summary>
public static class RussianStemming
{
    // семя is left out: Семён, Семена (the name) would meet it. The genitive plural (времён) is left out: тёмен.
    private static readonly string[] MyaNouns = ["врем", "им", "плам", "знам", "плем", "брем", "тем", "стрем", "вым"];
    private static readonly string[] MyaEndings = ["я", "ени", "енем", "ена", "енам", "енами", "енах"];

    public static string Stem(string word)
    {
        if (MyaNoun(word) is { } noun)
        {
            return noun;
        }

        var stem = WithoutFleetingVowel(RussianStemmer.Stem(word));
        return word.Length > 4 && (word.EndsWith("ся", StringComparison.Ordinal) || word.EndsWith("сь", StringComparison.Ordinal))
            ? stem + "ся"
            : stem;
    }

    private static string? MyaNoun(string word)
    {
        foreach (var noun in MyaNouns)
        {
            if (word.StartsWith(noun, StringComparison.Ordinal) && MyaEndings.Contains(word[noun.Length..], StringComparer.Ordinal))
            {
                return noun + "я";
            }
        }

        return null;
    }

    private static string WithoutFleetingVowel(string stem) =>
        stem.Length >= 4 && stem.EndsWith("ец", StringComparison.Ordinal) && !IsVowel(stem[^3]) ? stem[..^2] + "ц" : stem;

    private static bool IsVowel(char c) => "аеиоуыэюяё".Contains(c, StringComparison.Ordinal);
}
