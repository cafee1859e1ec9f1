using Cms.Web.Infrastructure;
using Cms.Web.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Cms.Web.Tests.Operations;

/// <summary>The node's name and the scrape networks are checked at start; a node without a name is called after its
/// machine and port.</summary>
public sealed class OperationsOptionsTests
{
    [Theory]
    [InlineData("web-1", true)]
    [InlineData("web1.example.org:8080", true)]
    [InlineData("", false)]
    [InlineData("web 1", false)]
    [InlineData("узел-1", false)]
    [InlineData("web\r\nX-Injected: 1", false)]
    public void A_node_name_must_be_fit_for_a_header(string name, bool valid)
    {
        var result = new CmsOptionsValidator().Validate(null, new CmsOptions { NodeName = name });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("Cms:NodeName", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("10.0.0.0/8", true)]
    [InlineData("fd00::/8", true)]
    [InlineData("10.0.0.0", false)]
    [InlineData("everyone", false)]
    public void Scrape_networks_must_be_in_cidr_notation(string network, bool valid)
    {
        var result = new TelemetryOptionsValidator().Validate(null, new TelemetryOptions { ScrapeNetworks = [network] });

        Assert.Equal(valid, result.Succeeded);
    }

    [Theory]
    [InlineData("urls", "http://+:8080;https://+:8443", ":8080")]
    [InlineData("urls", "http://localhost:5080", ":5080")]
    [InlineData("http_ports", "8081", ":8081")]
    [InlineData("unrelated", "1", "")]
    public void Without_a_name_the_node_is_the_machine_and_the_port_it_listens_on(string key, string value, string suffix)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();

        var node = new CmsNode(Options.Create(new CmsOptions()), configuration);

        var machine = node.Name[..(node.Name.Length - suffix.Length)];
        Assert.Equal(machine + suffix, node.Name);
        Assert.DoesNotContain(':', machine);
        Assert.Equal(Environment.MachineName.Length, machine.Length);
        Assert.True(CmsNode.IsValidName(node.Name));
    }

    [Fact]
    public void A_configured_name_wins()
    {
        var node = new CmsNode(Options.Create(new CmsOptions { NodeName = "web-2" }), new ConfigurationBuilder().Build());

        Assert.Equal("web-2", node.Name);
    }
}
