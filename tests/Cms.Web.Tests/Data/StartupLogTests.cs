using Cms.Web.Newsroom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.Web.Tests.Data;

public sealed class StartupLogTests
{
    [Fact]
    public async Task Start_up_and_the_scheduler_log_no_row_limit_without_order_warning()
    {
        var logs = new CapturingLoggerProvider();
        await using var site = new CmsWebFactory();
        await using var logged = site.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        using var client = logged.CreateClient();

        await using (var scope = logged.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NewsroomService>().ApplyDueAsync();
        }

        Assert.DoesNotContain(logs.Entries, e => e.Event.Id == CoreEventId.RowLimitingOperationWithoutOrderByWarning.Id);
    }
}
