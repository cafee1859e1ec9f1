using Cms.Search.Analysis.Common;
using Cms.Search.Searching;

namespace Cms.Search.Tests.Searching;

/// <summary>Snippets look only at the words around the letters a sifted word must contain: that visits every token a
/// full scan would give that holds one of them, cut exactly as the full scan cuts it, and nothing else but tokens of
/// that scan; and the letters are every character that folds to a prefix's first letter.</summary>
public sealed class SiftLettersTests
{
    private const string Alphabet = "абвгдеёжзийклмнопрстуфхцчшщыэюяңөүАБВЁЕҢӨҮabcdeXYZ0123 აბგდევზთᲐᲑᲒ--‐ \t\n.,;«»'\u0301\u0308";

    [Fact]
    public void Scanning_around_letters_visits_every_token_that_holds_one_as_a_full_scan_cuts_it()
    {
        var random = new Random(20261202);
        for (var round = 0; round < 2_000; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 300)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            if (random.Next(10) == 0)
            {
                text += new string('ж', 70) + " конец"; // a run longer than a token may be
            }

            var prefixes = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Alphabet[random.Next(Alphabet.Length)].ToString()).ToList();
            var letters = SiftLetters.For(prefixes);
            var length = random.Next(text.Length + 1);

            var all = new List<(int, int)>();
            UnicodeWordTokenizer.Scan(text, length, (s, e) => all.Add((s, e)));
            var visited = new List<(int, int)>();
            SnippetBuilder.ScanAround(text, length, letters, (s, e) => visited.Add((s, e)));

            Assert.Subset(all.ToHashSet(), visited.ToHashSet());
            Assert.Equal(visited.Distinct().Count(), visited.Count);
            foreach (var token in all.Where(t => text.AsSpan(t.Item1, t.Item2 - t.Item1).IndexOfAny(letters) >= 0))
            {
                Assert.Contains(token, visited);
            }
        }
    }

    [Theory]
    [InlineData("е", "еЕёЁѐЀ")]
    [InlineData("и", "иИѝЍ")]
    [InlineData("ө", "өӨ")]
    [InlineData("ს", "სᲡ")]
    [InlineData("k", "kK\u212A")]
    public void The_letters_of_a_prefix_are_every_character_that_folds_to_its_first(string prefix, string expected)
    {
        var letters = SiftLetters.For([prefix]);
        foreach (var c in expected)
        {
            Assert.True(letters.Contains(c), $"U+{(int)c:X4} should be among the letters of '{prefix}'");
        }

        Assert.False(letters.Contains('ж'));
        Assert.True(letters.Contains('\u0308')); // a combining mark: only the full chain can tell
    }
}
