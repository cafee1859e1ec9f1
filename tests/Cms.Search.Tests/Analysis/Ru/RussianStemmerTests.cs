using System.Text;
using Cms.Search.Analysis.Ru;
using Xunit;

namespace Cms.Search.Tests.Analysis.Ru;

public sealed class RussianStemmerTests
{
    [Theory]
    [InlineData("новостройках", "новостройк")]
    [InlineData("длинный", "длин")]
    [InlineData("говорили", "говор")]
    [InlineData("читаешь", "чита")]
    [InlineData("бегать", "бега")]
    [InlineData("бросившись", "брос")]
    [InlineData("вглядевшись", "вглядевш")]
    [InlineData("беднейшее", "бедн")]
    [InlineData("бездарность", "бездарн")]
    [InlineData("бедность", "бедност")]
    [InlineData("актёрский", "актерск")]
    [InlineData("ёлка", "елк")]
    [InlineData("в", "в")]
    [InlineData("", "")]
    public void Stems_like_the_snowball_reference(string word, string expected)
    {
        Assert.Equal(expected, RussianStemmer.Stem(word));
    }

    [Fact]
    public void Stems_the_whole_snowball_vocabulary_exactly()
    {
        var words = TestData.ReadGzipLines("snowball-ru", "voc.txt.gz");
        var expected = TestData.ReadGzipLines("snowball-ru", "output.txt.gz");
        Assert.Equal(49_785, words.Length);
        Assert.Equal(words.Length, expected.Length);

        var report = new StringBuilder();
        var mismatches = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var actual = RussianStemmer.Stem(words[i]);
            if (!string.Equals(actual, expected[i], StringComparison.Ordinal))
            {
                if (++mismatches <= 20)
                {
                    report.Append(words[i]).Append(" -> ").Append(actual)
                        .Append(" (expected ").Append(expected[i]).Append(")\n");
                }
            }
        }

        Assert.True(mismatches == 0, $"{mismatches} of {words.Length} words stem differently; first ones:\n{report}");
    }

    /// <summary>A Snowball program holds the word it works on: stemming must not share one between threads.</summary>
    [Fact]
    public void Stems_the_vocabulary_the_same_from_many_threads()
    {
        var words = TestData.ReadGzipLines("snowball-ru", "voc.txt.gz");
        var expected = TestData.ReadGzipLines("snowball-ru", "output.txt.gz");
        var mismatches = 0;
        Parallel.For(0, words.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var word = i % words.Length;
            if (!string.Equals(RussianStemmer.Stem(words[word]), expected[word], StringComparison.Ordinal))
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }
}
