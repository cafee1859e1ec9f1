using System.Text;
using Cms.Search.Analysis;

namespace Cms.Search.Tests.Analysis;

public sealed class AnalyzerInvariantTests
{
    private static readonly Analyzers Analyzers = new();

    private static readonly string Alphabet =
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯңөүҢӨҮ" +
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰᲐᲑᲒᲓ" +
        "abcxyzABCXYZ0123456789 \t\n\r-‐‑'\"«»“”„.,;:!?()[]{}<>*+^~&|/\\@#%\u0301\u0300\u200B\u00A0\uFEFF\0\u0007";

    public static TheoryData<string> Languages => new() { "ru", "ky", "ka", "und" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Random_text_never_throws_and_tokens_point_inside_it(string language)
    {
        var random = new Random(42);
        var analyzer = Analyzers.For(language);
        for (var run = 0; run < 2_000; run++)
        {
            var text = RandomText(random, random.Next(0, 300));

            var tokens = analyzer.Analyze(text);

            var lastPosition = -1;
            foreach (var token in tokens)
            {
                Assert.False(string.IsNullOrEmpty(token.Term));
                Assert.InRange(token.Start, 0, text.Length);
                Assert.InRange(token.End, token.Start + 1, text.Length);
                Assert.True(token.Position >= lastPosition, "positions never go back");
                Assert.DoesNotContain(' ', token.Term);
                lastPosition = token.Position;
            }
        }
    }

    [Fact]
    public void A_very_long_word_is_cut_and_a_large_text_is_analysed()
    {
        var text = new string('а', 100_000) + " " + string.Concat(Enumerable.Repeat("новостройках ", 20_000));

        var tokens = Analyzers.For("ru").Analyze(text);

        Assert.True(tokens[0].Length <= 64);
        Assert.Equal(20_001, tokens.Count);
    }

    [Fact]
    public void Lone_surrogates_and_emoji_do_not_break_offsets()
    {
        var text = "Ош\uD83D\uDE00Бишкек \uD800 тест \uDC00x";

        var tokens = Analyzers.For("ky").Analyze(text);

        Assert.All(tokens, t => Assert.True(t.End <= text.Length));
    }

    private static string RandomText(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            if (random.Next(40) == 0)
            {
                builder.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1F600)));
            }
            else
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }

        return builder.ToString();
    }
}
