using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

/// <summary>The newsroom site with extra settings, whose clients can claim a client address (see <see cref="TestClientAddress"/>).</summary>
public sealed class SettingsNewsroomFactory : NewsroomFactory
{
    private readonly (string Key, string Value)[] settings;

    public SettingsNewsroomFactory()
        : this([])
    {
    }

    internal SettingsNewsroomFactory(params (string Key, string Value)[] settings) => this.settings = settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
    }

    /// <summary>A client that keeps its cookies in <paramref name="cookies"/>, follows no redirect and comes from <paramref name="address"/>.</summary>
    public HttpClient ClientFrom(string? address, CookieContainer? cookies = null, Uri? baseAddress = null)
    {
        var client = cookies is null
            ? CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true })
            : CreateDefaultClient(new CookieContainerHandler(cookies));
        if (baseAddress is not null)
        {
            client.BaseAddress = baseAddress;
        }

        if (address is not null)
        {
            client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        }

        return client;
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string action = "/manager/login") =>
        PostFormAsync(client, "/manager/login", action, [new("Email", email), new("Password", password)]);
}
