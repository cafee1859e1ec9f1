using Cms.Search.Analysis.Ky;
using Xunit;

namespace Cms.Search.Tests.Analysis.Ky;

public sealed class KyrgyzStemmerTests
{
    [Theory]
    [InlineData("конуш", "конуштарында", "конуштардын", "конуштун")]
    [InlineData("жамаат", "жамааттарынын", "жамааттарда", "жамааттын")]
    [InlineData("бишкек", "бишкекте", "бишкекке", "бишкектен")]
    [InlineData("шаар", "шаарда", "шаарынын", "шаарлар", "шаардын")]
    [InlineData("көчө", "көчөсү", "көчөлөрү", "көчөнүн")]
    [InlineData("өлкө", "өлкөгө", "өлкөлөрдүн", "өлкөнүн")]
    [InlineData("кызмат", "кызматтар", "кызматы", "кызматынан")]
    [InlineData("мамлекет", "мамлекеттер", "мамлекетке", "мамлекеттин")]
    [InlineData("жол", "жолдорундагы", "жолдоруна", "жолго")]
    [InlineData("кыргызстан", "кыргызстанда", "кыргызстандан", "кыргызстанга")]
    [InlineData("аймак", "аймагы", "аймагында", "аймактарда")]
    [InlineData("бак", "багы", "бакта")]
    [InlineData("китеп", "китеби", "китептер")]
    [InlineData("мектепке", "мектебинин", "мектептер")]
    [InlineData("демилгеси", "демилгелер", "демилгелүү", "демилге")]
    [InlineData("маселе", "маселеси", "маселелер", "маселени", "маселесин")]
    [InlineData("аппарат", "аппараттар", "аппаратты")]
    [InlineData("имарат", "имараттар", "имаратынын")]
    [InlineData("россия", "россиянын", "россиялык")]
    [InlineData("экономика", "экономикасы", "экономикалык")]
    public void NounFormsShareStem(params string[] forms) => AssertSameStem(forms);

    [Theory]
    [InlineData("берди", "берет", "берген", "берүү", "берилди", "берилет", "бербейт")]
    [InlineData("курулат", "курулду", "куруу", "курган")]
    [InlineData("алды", "алат", "алган", "алуу", "алып", "албайт")]
    [InlineData("иштеген", "иштейт", "иштөөгө")]
    [InlineData("болуп", "болот", "болгон", "болбойт")]
    [InlineData("иштейт", "иштейм", "иштейсиң", "иштеди")]
    [InlineData("уюштурат", "уюштурду", "уюштурган")]
    public void VerbFormsShareStem(params string[] forms) => AssertSameStem(forms);

    [Theory]
    [InlineData("кыргызстан", "кыргыз")]
    [InlineData("айыл", "ай")]
    [InlineData("кызмат", "кыз")]
    [InlineData("министр", "министрлик")]
    [InlineData("жол", "жолдош")]
    [InlineData("сайт", "сай")]
    [InlineData("мектеп", "мекке")]
    [InlineData("казино", "казуу")]
    [InlineData("элчи", "элчилик")]
    [InlineData("жылуу", "жылуулук")]
    public void DistinctWordsStayApart(string a, string b) =>
        Assert.NotEqual(KyrgyzStemmer.Stem(a), KyrgyzStemmer.Stem(b));

    [Theory]
    [InlineData("конуштарында")]
    [InlineData("көлдө")]
    [InlineData("өлкөлөрүнүн")]
    [InlineData("түзүлгөн")]
    [InlineData("көңүлүндө")]
    public void WordTypedWithRussianLettersIsCutAtTheSamePlace(string word) =>
        Assert.Equal(Fold(KyrgyzStemmer.Stem(word)), KyrgyzStemmer.Stem(Fold(word)));

    [Fact]
    public void LakeAndHandStayApartInKyrgyzLetters()
    {
        Assert.Equal("көл", KyrgyzStemmer.Stem("көлдө"));
        Assert.Equal("кол", KyrgyzStemmer.Stem("колдо"));
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("ош-2024")]
    [InlineData("ал")]
    [InlineData("kg")]
    public void NumbersShortWordsAndForeignWordsAreUnchanged(string word) =>
        Assert.Equal(word, KyrgyzStemmer.Stem(word));

    [Fact]
    public void HyphenatedWordStemsItsLastPart() =>
        Assert.Equal("кыргыз-кытай", KyrgyzStemmer.Stem("кыргыз-кытайдын"));

    [Fact]
    public void StopWordsContainFrequentFunctionWords()
    {
        IReadOnlySet<string> words = KyrgyzStopWords.Words;
        Assert.Contains("жана", words);
        Assert.Contains("үчүн", words);
        Assert.DoesNotContain("шаар", words);
    }

    private static void AssertSameStem(string[] forms)
    {
        var expected = KyrgyzStemmer.Stem(forms[0]);
        foreach (var form in forms)
        {
            Assert.Equal((form, expected), (form, KyrgyzStemmer.Stem(form)));
        }
    }

    private static string Fold(string s) => s.Replace('ө', 'о').Replace('ү', 'у').Replace('ң', 'н');
}
