using Cms.Search.Query;
using Cms.Search.Searching;

namespace Cms.Search.Tests.Searching;

/// <summary>What a word compiles to: loose keys only where they can find something the exact terms cannot.</summary>
public sealed class QueryCompilerTests(IndexFixture fixture) : IClassFixture<IndexFixture>
{
    private SearchEngine Engine => fixture.Index.Engine;

    [Theory]
    [InlineData("время")] // Russian, no letter that Kyrgyz typing confuses
    [InlineData("თბილისი")]
    [InlineData("возмо*")] // a prefix meets its words exactly
    public void Words_without_confusable_letters_match_exactly(string query) =>
        Assert.DoesNotContain("loose", Engine.Explain(query), StringComparison.Ordinal);

    [Theory]
    [InlineData("кол")] // could be көл typed on a Russian keyboard
    [InlineData("көл")] // or the reverse
    [InlineData("Bishkek")]
    public void Latin_words_and_words_with_о_у_н_ө_ү_ң_also_match_loosely(string query) =>
        Assert.Contains("loose", Engine.Explain(query), StringComparison.Ordinal);

    [Fact]
    public void Latin_input_also_looks_for_its_skeleton_without_final_vowels()
    {
        var match = Engine.Explain("Tbilisi")!;

        Assert.Contains(":tbilisi^", match, StringComparison.Ordinal);
        Assert.Contains(":tbilis^", match, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin_input_also_looks_for_the_stems_of_the_word_written_back_in_Cyrillic() =>
        Assert.Contains("loose:pilutn", Engine.Explain("pilotnykh"), StringComparison.Ordinal); // пилотных → пилотн

    [Fact]
    public void Letter_prefixes_repeated_up_to_the_length_limit_compile_to_nothing_with_a_warning()
    {
        var query = string.Concat(Enumerable.Repeat("a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p* q* r* s* t* u* v* w* x* y* z* ", 20))[..1000];

        var compiled = Engine.Compile(query)!;

        Assert.Equal(0, compiled.WordCount);
        Assert.Null(compiled.Match);
        Assert.Contains(QueryWarnings.PrefixTooShort, compiled.Warnings);
    }

    [Fact]
    public void Only_the_first_prefixes_of_a_query_are_expanded()
    {
        var query = string.Join(' ', Enumerable.Range(0, 26).Select(i => string.Concat(new string((char)('a' + i), 3), "*")));

        var compiled = Engine.Compile(query)!;

        Assert.Equal(QueryCompiler.MaxPrefixes, compiled.PrefixCount);
        Assert.Equal(QueryCompiler.MaxPrefixes, compiled.WordCount);
        Assert.Contains(":ddd*", compiled.Match!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(":eee*", compiled.Match.ToString(), StringComparison.Ordinal);
        Assert.Equal([QueryWarnings.TooManyPrefixes], compiled.Warnings);
    }

    [Theory]
    [InlineData("a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z/aa/bb/cc/dd/ee/ff/gg/hh/ii/jj")] // one token, many words
    [InlineData("\"a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg hh ii jj\"")] // one long phrase
    public void Words_inside_one_token_count_against_the_limit(string query)
    {
        var compiled = Engine.Compile(query)!;

        Assert.Equal(QueryCompiler.MaxWords, compiled.WordCount);
        Assert.Contains(QueryWarnings.TooManyTerms, compiled.Warnings);
        Assert.DoesNotContain(":jj^", compiled.Match!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" jj\"", compiled.Match.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab*", 0)]
    [InlineData("abc*", 1)]
    [InlineData("ош*", 0)]
    [InlineData("ошт*", 1)]
    public void A_prefix_needs_three_letters(string query, int prefixes) =>
        Assert.Equal(prefixes, Engine.Compile(query)!.PrefixCount);

    [Fact]
    public void A_hyphenated_word_also_matches_as_the_phrase_of_its_parts() =>
        Assert.Contains("\"mama 86\"", Engine.Explain("MAMA-86"), StringComparison.Ordinal);
}
