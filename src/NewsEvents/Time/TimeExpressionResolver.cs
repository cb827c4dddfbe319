using System.Text;
using NodaTime;

namespace NewsEvents.Time;

/// <summary>
/// Turns the time expressions of news text ("on Sunday", "until Tuesday morning", "earlier this
/// month", "in April", "a nine-month war") into <see cref="TimeValue"/>s or durations, relative to
/// the publication of the document and in its zone.
/// </summary>
/// <remarks>
/// <para>
/// The anchor's own zone decides what "today" is: an article published 2020-01-14 01:00 in Moscow
/// was written on the 14th, though it was still the 13th in UTC. Every value found carries the
/// anchor's zone, the expression as given and the anchor (its day, or its moment when the
/// expression counts hours or minutes).
/// </para>
/// <para>
/// Resolution never guesses beyond its documented rules: an expression whose reading depends on
/// tense (a bare weekday or month) is unresolved without a <see cref="TenseHint"/>, a day and month
/// without a year is the such day nearest the anchor, and ordinary text never throws. The rules, the
/// hours of the parts of a day and what is deliberately not understood are listed in docs/time.md.
/// </para>
/// </remarks>
public static class TimeExpressionResolver
{
    /// <summary>The longest expression read; longer text is a sentence, not a time expression.</summary>
    public const int MaxExpressionLength = 500;

    /// <summary>Resolves an expression whose reading does not depend on tense (see <see cref="Resolve(string?, ZonedDateTime, TenseHint)"/>).</summary>
    /// <param name="expression">The words, such as "earlier this month".</param>
    /// <param name="anchor">The publication of the document, in the document's zone.</param>
    /// <returns>The resolution; never null.</returns>
    /// <exception cref="ArgumentException">The anchor is not in the ISO calendar or lies outside the years 1 to 9998.</exception>
    public static TimeResolution Resolve(string? expression, ZonedDateTime anchor) =>
        Resolve(expression, anchor, TenseHint.None);

    /// <summary>Resolves a time expression against the publication of its document.</summary>
    /// <param name="expression">The words, such as "on Sunday" or "talks that lasted about eight hours".</param>
    /// <param name="anchor">The publication of the document, in the document's zone.</param>
    /// <param name="tense">The tense of the surrounding text, which decides which way "on Sunday" or "in April" points.</param>
    /// <returns>
    /// A value, a duration, or an unresolved result with its reason; never null. Null, blank,
    /// ill-formed or unknown text and absurd numbers give an unresolved result, not an exception.
    /// </returns>
    /// <exception cref="ArgumentException">The anchor is not in the ISO calendar or lies outside the years 1 to 9998.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tense"/> is not a defined value.</exception>
    public static TimeResolution Resolve(string? expression, ZonedDateTime anchor, TenseHint tense)
    {
        if (!Enum.IsDefined(tense))
        {
            Guard.OutOfRange("A tense hint is None, Past or Future.", nameof(tense), tense);
        }

        if (anchor.Calendar != CalendarSystem.Iso)
        {
            Guard.Fail($"An anchor uses the ISO calendar, not {anchor.Calendar.Id}.", nameof(anchor));
        }

        if (anchor.Year is < Guard.MinYear or > Guard.MaxYear)
        {
            Guard.OutOfRange($"An anchor must lie in the years {Guard.MinYear} to {Guard.MaxYear}.", nameof(anchor), anchor);
        }

        if (string.IsNullOrWhiteSpace(expression))
        {
            return TimeResolution.Unresolved(expression, UnresolvedReason.Empty, "The expression is empty.");
        }

        if (Guard.HasLoneSurrogate(expression))
        {
            return TimeResolution.Unresolved(expression, UnresolvedReason.InvalidText, "The expression contains a lone surrogate.");
        }

        if (expression.Length > MaxExpressionLength)
        {
            return TimeResolution.Unresolved(
                expression,
                UnresolvedReason.InvalidText,
                $"The expression is longer than {MaxExpressionLength} characters: pass the time expression, not the text around it.");
        }

        var context = new ResolutionContext(anchor, tense);
        string[] tokens = ExpressionTokens.Tokenize(expression);
        string[] words = Array.FindAll(tokens, t => t != "-");
        Reading reading;
        try
        {
            reading = ExpressionGrammar.ParseExpression(words, context);
            if (!reading.Matched)
            {
                reading = DurationScanner.Scan(tokens);
            }
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            // Arithmetic past the supported years: "in 99999999 days".
            reading = Reading.Fail(UnresolvedReason.OutOfRange, $"'{expression}' lies outside the years {Guard.MinYear} to {Guard.MaxYear}.");
        }

        if (reading.Value is { } value)
        {
            TimeValue anchorValue = reading.UsesTime ? TimeValue.At(context.Now) : TimeValue.Day(context.Today);
            return TimeResolution.OfValue(
                expression,
                value with { Zone = anchor.Zone, Expression = expression, Anchor = anchorValue, IsApproximate = reading.Approximate });
        }

        if (reading.Duration is { } duration)
        {
            return TimeResolution.OfDuration(expression, duration, reading.Approximate);
        }

        if (reading.Reason != UnresolvedReason.None)
        {
            return TimeResolution.Unresolved(expression, reading.Reason, reading.Message!);
        }

        return TimeResolution.Unresolved(
            expression,
            UnresolvedReason.NotUnderstood,
            $"No rule reads '{expression}' as a time or a duration.");
    }
}

/// <summary>The anchor's local day and moment, and the tense, that every rule reads.</summary>
internal sealed class ResolutionContext
{
    public ResolutionContext(ZonedDateTime anchor, TenseHint tense)
    {
        // Values are given to the second; the anchor's fraction of a second says nothing.
        LocalDateTime local = anchor.LocalDateTime;
        Now = local.PlusNanoseconds(-local.NanosecondOfSecond);
        Today = local.Date;
        Tense = tense;
    }

    public LocalDate Today { get; }

    public LocalDateTime Now { get; }

    public TenseHint Tense { get; }
}

/// <summary>What a rule read: a value, a duration, a failure with its reason, or nothing (no rule matched).</summary>
internal readonly record struct Reading(
    TimeValue? Value,
    Period? Duration,
    bool Approximate,
    bool UsesTime,
    UnresolvedReason Reason,
    string? Message)
{
    public bool Matched => Value is not null || Duration is not null || Reason != UnresolvedReason.None;

    public static Reading None => default;

    public static Reading Of(TimeValue value, bool approximate = false, bool usesTime = false) =>
        new(value, null, approximate, usesTime, UnresolvedReason.None, null);

    public static Reading OfDuration(Period duration, bool approximate) =>
        new(null, duration, approximate, false, UnresolvedReason.None, null);

    public static Reading Fail(UnresolvedReason reason, string message) =>
        new(null, null, false, false, reason, message);
}

/// <summary>Splits an expression into lower-case words, keeping ISO values whole and hyphens as tokens of their own.</summary>
internal static class ExpressionTokens
{
    private static readonly char[] Trimmed = [',', ';', ':', '(', ')', '[', ']', '"', '!', '?', '.'];

    public static string[] Tokenize(string expression)
    {
        var normalized = new StringBuilder(expression.Length);
        foreach (char c in expression)
        {
            normalized.Append(c switch
            {
                '\u2019' or '\u2018' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        var tokens = new List<string>();
        foreach (string raw in normalized.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (TimeValue.TryParseValue(raw.ToUpperInvariant(), out _))
            {
                tokens.Add(raw.ToUpperInvariant());
                continue;
            }

            string token = raw.Trim(Trimmed);
            if (token.EndsWith("'s", StringComparison.Ordinal))
            {
                token = token[..^2];
            }

            if (token.Length == 0)
            {
                continue;
            }

            if (TimeValue.TryParseValue(token.ToUpperInvariant(), out _))
            {
                tokens.Add(token.ToUpperInvariant());
                continue;
            }

            string[] parts = token.Split('-');
            for (int i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    tokens.Add("-");
                }

                if (parts[i].Length > 0)
                {
                    tokens.Add(parts[i]);
                }
            }
        }

        return [.. tokens];
    }
}
