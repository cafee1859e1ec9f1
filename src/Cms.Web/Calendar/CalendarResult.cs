using System.Text;
using Microsoft.Net.Http.Headers;

namespace Cms.Web.Calendar;

/// <summary>An iCalendar answer: <c>text/calendar; charset=utf-8</c>, one event offered as a file to open.</summary>
internal sealed class CalendarResult(string body, string? fileName) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = CalendarEndpoints.ContentType;
        if (fileName is not null)
        {
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }
}
