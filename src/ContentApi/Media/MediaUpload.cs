using ContentApi.Validation;
using ContentApi.Editing;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Media;

/// <summary>An upload as read from the request: the file's bytes, the name it was sent with (if any) and its alt text.</summary>
internal sealed record UploadedImage(byte[] Bytes, string? FileName, string? Alt);

/// <summary>
/// Reads <c>POST /api/media</c>: a multipart form (a <c>file</c> part and an <c>alt</c> field) or the raw image as the
/// body (alt text in the query). The Content-Type only chooses how the body is read; what the file is, its bytes decide.
/// </summary>
internal static class MediaUpload
{
    public const string FilePart = "file";
    public const string AltField = "alt";

    /// <summary>The raw-body media types: any image type we store, or bytes of no declared type.</summary>
    public static readonly IReadOnlyList<string> RawTypes = ["image/jpeg", "image/png", "image/webp", "application/octet-stream"];

    public const int MaxAltLength = 1000;

    public static async Task<(UploadedImage? Upload, ValidationProblem? Invalid, EditProblem? Refused)> ReadAsync(
        HttpRequest request, string? altFromQuery, int maxBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type))
        {
            return (null, null, UnsupportedType(request.ContentType));
        }

        // The form's own fields and boundaries come on top of the file: a little room, then the file's own limit.
        var formOverhead = 64 * 1024;
        var multipart = type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);
        if (!multipart && !RawTypes.Contains(type.MediaType.ToString(), StringComparer.OrdinalIgnoreCase))
        {
            return (null, null, UnsupportedType(request.ContentType));
        }

        if (request.ContentLength > maxBytes + (multipart ? formOverhead : 0))
        {
            return (null, null, TooLarge(maxBytes));
        }

        return multipart
            ? await ReadFormAsync(request, altFromQuery, maxBytes, formOverhead, cancellationToken)
            : await ReadRawAsync(request, altFromQuery, maxBytes, cancellationToken);
    }

    private static async Task<(UploadedImage?, ValidationProblem?, EditProblem?)> ReadRawAsync(
        HttpRequest request, string? alt, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, null, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return (new UploadedImage(buffer.ToArray(), null, alt), null, null);
    }

    private static async Task<(UploadedImage?, ValidationProblem?, EditProblem?)> ReadFormAsync(
        HttpRequest request, string? altFromQuery, int maxBytes, int formOverhead, CancellationToken cancellationToken)
    {
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            MultipartBodyLengthLimit = maxBytes + formOverhead,
            ValueCountLimit = 10,
        }));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException ex) when (ex.Message.Contains("body length", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null, TooLarge(maxBytes));
        }
        catch (InvalidDataException ex) when (ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            // Too many fields or headers: a form that is not this operation's, not a file that is too large.
            return (null, JsonBody.Error("$", $"The form has more parts than this operation takes: one '{FilePart}' and one '{AltField}'."), null);
        }
        catch (InvalidDataException)
        {
            return (null, JsonBody.Error("$", "The multipart body could not be read: its boundaries or headers are malformed."), null);
        }

        var unknown = form.Keys.Where(key => key != AltField).Concat(form.Files.Select(file => file.Name).Where(name => name != FilePart)).ToList();
        if (unknown.Count > 0)
        {
            return (null, JsonBody.Error(unknown[0], $"'{unknown[0]}' is not a part this operation takes; it takes: {AltField}, {FilePart}."), null);
        }

        if (form.Files.Count != 1)
        {
            return (null, JsonBody.Error(FilePart, $"Send exactly one '{FilePart}' part with the image."), null);
        }

        var file = form.Files[0];
        if (file.Length > maxBytes)
        {
            return (null, null, TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        if (form.TryGetValue(AltField, out var values) && values.Count > 1)
        {
            return (null, JsonBody.Error(AltField, $"Send '{AltField}' once."), null);
        }

        var alt = values.Count == 1 ? values.ToString() : altFromQuery;
        return (new UploadedImage(buffer.ToArray(), file.FileName, alt), null, null);
    }

    /// <summary>The alt text's rules: required (an image without one is unusable to screen readers), short, one line.</summary>
    public static string? AltError(string? alt) => alt switch
    {
        null or "" => $"'{AltField}' is required: describe the image for readers who cannot see it.",
        _ when string.IsNullOrWhiteSpace(alt) => $"'{AltField}' cannot be blank.",
        { Length: > MaxAltLength } => $"'{AltField}' must be at most {MaxAltLength} characters.",
        _ when alt.Any(char.IsControl) || VisibleText.HasLineSeparator(alt) => $"'{AltField}' cannot hold control characters or line breaks.",
        _ when !VisibleText.HasLetterOrDigit(alt) => $"'{AltField}' needs a letter or a digit: it cannot be only spaces, marks or invisible characters.",
        _ when VisibleText.HasDirectionControl(alt) => $"'{AltField}' cannot hold text-direction controls (U+202A–U+202E, U+2066–U+2069).",
        _ => null,
    };

    public static EditProblem TooLarge(int maxBytes) =>
        EditProblem.Of(StatusCodes.Status413PayloadTooLarge, "The image is too large.", $"An upload may be at most {maxBytes} bytes (Media:MaxUploadBytes).");

    public static EditProblem UnsupportedType(string? sent) =>
        EditProblem.Of(StatusCodes.Status415UnsupportedMediaType, "The upload has an unsupported media type.",
            $"Send multipart/form-data (a '{FilePart}' part and an '{AltField}' field) or the image itself as {string.Join(", ", RawTypes)}; " +
            $"'{(string.IsNullOrEmpty(sent) ? "no Content-Type" : sent)}' is not accepted here.");

    public static EditProblem NotAnImage(string? sent) =>
        EditProblem.Of(StatusCodes.Status415UnsupportedMediaType, "The file is not a supported image.",
            $"Its bytes are not JPEG, PNG or WebP (whatever the request says it is{(string.IsNullOrEmpty(sent) ? "" : $": '{sent}'")}); those are the formats stored here.");
}
