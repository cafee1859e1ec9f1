using Cms.Search.Transliteration;

namespace Cms.Search.Tests.Transliteration;

public sealed class CyrillizerTests
{
    [Theory]
    [InlineData("pilotnykh", "пилотных")]
    [InlineData("Bishkek", "бишкек")]
    [InlineData("Issyk-Kul", "иссык-кул")]
    [InlineData("zhashtar", "жаштар")]
    [InlineData("novyy", "новый")]
    public void Writes_Latin_back_in_Cyrillic(string latin, string cyrillic) => Assert.Equal(cyrillic, Cyrillizer.ToCyrillic(latin));
}
