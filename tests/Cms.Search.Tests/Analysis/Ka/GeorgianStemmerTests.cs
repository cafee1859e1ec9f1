using Cms.Search.Analysis.Ka;
using Xunit;

namespace Cms.Search.Tests.Analysis.Ka;

public sealed class GeorgianStemmerTests
{
    [Theory]
    [InlineData("თბილისი", "თბილისში", "თბილისის", "თბილისს")]
    [InlineData("სემინარი", "სემინარზე", "სემინარის", "სემინარებსა", "სემინარებზე", "სემინარებს")]
    [InlineData("რესურსცენტრების", "რესურსცენტრებში", "რესურსცენტრი")]
    [InlineData("ბინათმესაკუთრეთა", "ბინათმესაკუთრე", "ბინათმესაკუთრეების")]
    [InlineData("გაერთიანებების", "გაერთიანებებს", "გაერთიანება")]
    [InlineData("სექტორის", "სექტორში", "სექტორისათვის", "სექტორი")]
    [InlineData("საქართველო", "საქართველოს", "საქართველოში", "საქართველოსა")]
    [InlineData("ორგანიზაცია", "ორგანიზაციები", "ორგანიზაციებისა", "ორგანიზაციის")]
    [InlineData("ქალაქი", "ქალაქის", "ქალაქში", "ქალაქებში", "ქალაქმა")]
    [InlineData("სახლი", "სახლის", "სახლში", "სახლებიდან")]
    [InlineData("რეფორმებისაკენ", "რეფორმები", "რეფორმის")]
    [InlineData("ტრენინგებსა", "ტრენინგები", "ტრენინგს")]
    public void Inflected_nouns_share_a_stem(params string[] forms)
    {
        AssertSameStem(forms);
    }

    [Theory]
    [InlineData("მეგობარი", "მეგობრის", "მეგობრები")]
    [InlineData("წყალი", "წყლის", "წყლით")]
    [InlineData("ქვეყანა", "ქვეყნის", "ქვეყნებში")]
    [InlineData("წელი", "წლის", "წლები")]
    public void Syncopated_stems_meet_their_full_forms(params string[] forms)
    {
        AssertSameStem(forms);
    }

    [Theory]
    [InlineData("ქალი", "ქალ")]
    [InlineData("ცოლი", "ცოლ")]
    [InlineData("კარის", "კარ")]
    [InlineData("მეგობრის", "მეგობრ")]
    public void Only_a_and_e_of_longer_stems_syncopate(string word, string stem)
    {
        Assert.Equal(stem, GeorgianStemmer.Stem(word));
    }

    [Theory]
    [InlineData("სახეობა", "სახეობის", "სახეობები", "სახეობით")]
    [InlineData("მოძრაობა", "მოძრაობის", "მოძრაობისას")]
    [InlineData("დიდი", "უდიდესი", "დიდ", "დიდად")]
    [InlineData("მაღალი", "უმაღლესი", "მაღალს")]
    [InlineData("კვლევა", "კვლევის", "კვლევისას")]
    public void Derived_nouns_superlatives_and_temporal_forms_share_a_stem(params string[] forms)
    {
        AssertSameStem(forms);
    }

    [Theory]
    [InlineData("მეცნიერება", "მეცნიერების", "მეცნიერებები", "მეცნიერებებს")]
    [InlineData("ცხოვრება", "ცხოვრობს", "ცხოვრობდა", "ცხოვრობენ")]
    [InlineData("ნახავს", "ნახავენ", "ნახავდა")]
    [InlineData("ამბობს", "თქვა", "უთხრა", "ეუბნება")]
    [InlineData("მოვიდა", "მოდის", "მოსვლა")]
    [InlineData("არის", "იყო", "იქნება")]
    public void Masdars_and_verb_forms_share_a_stem(params string[] forms)
    {
        AssertSameStem(forms);
    }

    [Theory]
    [InlineData("სახლი", "სახელი")]
    [InlineData("სახე", "სახეობა")]
    [InlineData("მოსვლა", "წასვლა")]
    [InlineData("ქალი", "ქალაქი")]
    [InlineData("თვალი", "თვლა")]
    [InlineData("კანონი", "კანი")]
    public void Different_words_keep_different_stems(string a, string b)
    {
        Assert.NotEqual(GeorgianStemmer.Stem(a), GeorgianStemmer.Stem(b));
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("iwo")]
    [InlineData("mama-86-odessa")]
    [InlineData("და")]
    public void Numbers_latin_and_short_words_are_unchanged(string word)
    {
        Assert.Equal(word, GeorgianStemmer.Stem(word));
    }

    [Fact]
    public void Stems_stay_lower_case_mkhedruli()
    {
        var stem = GeorgianStemmer.Stem("ბინათმესაკუთრეთა");
        Assert.All(stem, c => Assert.InRange(c, 'ა', 'ჰ'));
    }

    [Fact]
    public void Stop_words_hold_frequent_function_words()
    {
        IReadOnlySet<string> words = GeorgianStopWords.Words;
        Assert.Contains("და", words);
        Assert.Contains("რომ", words);
        Assert.Contains("მაგრამ", words);
        Assert.DoesNotContain("სემინარი", words);
        Assert.InRange(words.Count, 50, 120);
    }

    private static void AssertSameStem(string[] forms)
    {
        var expected = GeorgianStemmer.Stem(forms[0]);
        Assert.True(expected.Length >= 2, $"stem of {forms[0]} is too short: {expected}");
        foreach (var form in forms)
        {
            Assert.Equal(expected, GeorgianStemmer.Stem(form));
        }
    }
}
