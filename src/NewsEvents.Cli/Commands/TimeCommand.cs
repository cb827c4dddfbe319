using System.CommandLine;
using System.Globalization;
using NewsEvents.Time;
using NodaTime;
using NodaTime.Text;

namespace NewsEvents.Cli.Commands;

/// <summary><c>newsevents time EXPRESSION --anchor DATE</c>: resolves a time expression as the library's resolver does, as one line of JSON.</summary>
internal static class TimeCommand
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.GeneralIso;
    private static readonly LocalDateTimePattern MinutesPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly OffsetDateTimePattern OffsetPattern = OffsetDateTimePattern.GeneralIso;
    private static readonly OffsetDateTimePattern AnchorPattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<m>");
    private static readonly OffsetDateTimePattern OffsetMinutesPattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>");

    public static Command Create(CliConsole console)
    {
        var expression = new Argument<string>("EXPRESSION")
        {
            Description = "The words of the article, quoted: \"until Tuesday morning\", \"earlier this month\", \"in April\".",
        };
        var anchor = new Option<string>("--anchor", "-a")
        {
            Description = "When the article was published: a date (2020-01-13, read as the start of that day), a local date-time (2020-01-13T18:30), or one with an offset (2020-01-13T18:30+03:00).",
            Required = true,
            HelpName = "DATE",
        };
        var zone = new Option<string>("--zone", "-z")
        {
            Description = "The article's time zone, an IANA id such as Europe/Moscow; it decides what \"today\" is.",
            DefaultValueFactory = _ => "UTC",
            HelpName = "TZ",
        };
        var tense = new Option<string>("--tense", "-t")
        {
            Description = "The tense of the sentence, which decides which way \"on Sunday\" or \"in April\" points; any resolves only what does not depend on it.",
            DefaultValueFactory = _ => "any",
            HelpName = "past|future|any",
        };
        tense.AcceptOnlyFromAmong("past", "future", "any");

        var command = new Command("time", "Resolve a time expression against a publication date; print one line of JSON with start and end (inclusive days), precision and expression.")
        {
            expression,
            anchor,
            zone,
            tense,
        };
        command.SetAction(result => Run(console, result.GetValue(expression)!, result.GetValue(anchor)!, result.GetValue(zone)!, result.GetValue(tense)!));
        return command;
    }

    private static int Run(CliConsole console, string expression, string anchorText, string zoneId, string tenseText)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId.Trim())
            ?? throw CliException.Usage($"--zone '{zoneId}' is not a known time zone: give an IANA id such as Europe/Moscow or UTC.");
        var anchor = ParseAnchor(anchorText.Trim(), zone);
        var tense = tenseText switch
        {
            "past" => TenseHint.Past,
            "future" => TenseHint.Future,
            _ => TenseHint.None,
        };

        TimeResolution resolution;
        try
        {
            resolution = TimeExpressionResolver.Resolve(expression, anchor, tense);
        }
        catch (ArgumentException e)
        {
            throw CliException.Usage($"--anchor '{anchorText}' cannot anchor a time expression: {e.Message}");
        }

        // The library's message names its API (TenseHint.Past); the command's user passes an option.
        var message = resolution.Reason == UnresolvedReason.NeedsTense
            ? $"'{expression}' points to the past or to the future depending on the tense: pass --tense past or --tense future."
            : resolution.Message;
        JsonOutput.Write(console.Out, indented: false, w =>
        {
            w.WriteStartObject();
            w.WriteString("expression", expression);
            w.WriteString("kind", Words.Json(resolution.Kind));
            var value = resolution.Value;
            WriteDate(w, "start", value?.FirstDate);
            WriteDate(w, "end", value?.LastDate);
            if (value is null)
            {
                w.WriteNull("precision");
            }
            else
            {
                w.WriteString("precision", Words.Json(value.Precision));
                w.WriteString("value", value.ToString("V", CultureInfo.InvariantCulture));
            }

            if (resolution.Duration is { } duration)
            {
                w.WriteString("duration", Words.Duration(duration));
            }

            w.WriteBoolean("approximate", resolution.IsApproximate);
            w.WriteString("zone", zone.Id);
            w.WriteString("anchor", AnchorPattern.Format(anchor.ToOffsetDateTime()));
            w.WriteString("tense", tenseText);
            if (!resolution.IsResolved && resolution.Kind != TimeResolutionKind.Duration)
            {
                w.WriteString("reason", Words.Json(resolution.Reason));
                w.OptionalString("message", message);
            }

            w.WriteEndObject();
        });

        if (resolution.Kind == TimeResolutionKind.Unresolved)
        {
            throw CliException.InvalidData($"cannot resolve '{expression}': {message ?? Words.Spaced(resolution.Reason)}");
        }

        return ExitCodes.Ok;
    }

    private static void WriteDate(System.Text.Json.Utf8JsonWriter w, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, DatePattern.Format(d));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static ZonedDateTime ParseAnchor(string text, DateTimeZone zone)
    {
        try
        {
            return ParseAnchorCore(text, zone);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or InvalidOperationException)
        {
            throw CliException.Usage($"--anchor '{text}' cannot be placed in {zone.Id}: {e.Message}");
        }
    }

    private static ZonedDateTime ParseAnchorCore(string text, DateTimeZone zone)
    {
        if (DatePattern.Parse(text) is { Success: true } date)
        {
            if ((TimeValue.Day(date.Value) with { Zone = zone }).ToInterval() is { } day && day.Start == day.End)
            {
                throw CliException.Usage($"--anchor '{text}' is a day that {zone.Id} skipped (its clocks jumped over it), so nothing was published on it: give the day before or after.");
            }

            return date.Value.AtStartOfDayInZone(zone);
        }

        if (DateTimePattern.Parse(text) is { Success: true } local)
        {
            return local.Value.InZoneLeniently(zone);
        }

        if (MinutesPattern.Parse(text) is { Success: true } minutes)
        {
            return minutes.Value.InZoneLeniently(zone);
        }

        if (OffsetPattern.Parse(text) is { Success: true } offset)
        {
            return offset.Value.InZone(zone);
        }

        if (OffsetMinutesPattern.Parse(text) is { Success: true } offsetMinutes)
        {
            return offsetMinutes.Value.InZone(zone);
        }

        throw CliException.Usage($"--anchor '{text}' is not a date: give 2020-01-13, 2020-01-13T18:30 or 2020-01-13T18:30+03:00.");
    }
}
