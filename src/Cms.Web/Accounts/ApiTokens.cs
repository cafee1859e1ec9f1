using System.Security.Cryptography;
using System.Text;

namespace Cms.Web.Accounts;

internal static class ApiTokens
{
    public static string New() => "cms_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
