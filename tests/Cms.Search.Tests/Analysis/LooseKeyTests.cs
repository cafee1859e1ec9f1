using Cms.Search.Analysis.Common;
using Cms.Search.Analysis.Loose;

namespace Cms.Search.Tests.Analysis;

public sealed class LooseKeyTests
{
    [Theory]
    [InlineData("Osh", "Ош")]
    [InlineData("Bishkek", "Бишкек")]
    [InlineData("Tbilisi", "თბილისი")]
    [InlineData("Ysyk-Köl", "Ысык-Көл")]
    [InlineData("Issyk-Kul", "Ысык-Көл")]
    [InlineData("Issyk-Kul", "Иссык-Куль")]
    [InlineData("Naryn", "Нарын")]
    [InlineData("Jalal-Abad", "Жалал-Абад")]
    [InlineData("Kutaisi", "ქუთაისი")]
    [InlineData("Zugdidi", "ზუგდიდი")]
    public void Latin_input_meets_the_native_spelling(string latin, string native) =>
        Assert.Equal(LooseKey.Skeleton(latin), LooseKey.For(TermNormalizer.Normalize(native)));

    [Theory]
    [InlineData("көл", "кол")]
    [InlineData("үйлөр", "уйлор")]
    [InlineData("жаңы", "жаны")]
    public void Kyrgyz_typed_on_a_russian_keyboard_meets_the_real_spelling(string kyrgyz, string typed) =>
        Assert.Equal(LooseKey.For(kyrgyz), LooseKey.For(typed));

    [Fact]
    public void Different_words_stay_apart() =>
        Assert.NotEqual(LooseKey.For("бишкек"), LooseKey.For("нарын"));
}
