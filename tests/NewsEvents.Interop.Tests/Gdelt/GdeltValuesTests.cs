using System.Globalization;
using NewsEvents.Interop.Gdelt;

namespace NewsEvents.Interop.Tests.Gdelt;

public class GdeltValuesTests
{
    private const NumberStyles Decimal = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    // Numbers in the shapes GDELT writes and around them: signs, points, many digits, leading zeros, stray characters.
    private static IEnumerable<string> Numbers()
    {
        var random = new Random(16);
        string[] fixedOnes = ["0", "-0", "0.0", "-2.54237288135593", "10", "-10", "10.0000000000000000001", "1.", ".5", "-.5", "+3", "1e3", "1..2", "-", "", " 1",
            "12345678901234567890", "999999999999999", "9999999999999999", "0.000000000000001", "3.14159265358979", "123456789", "1234567890", "-2147483648", "2147483648", "007"];
        foreach (var text in fixedOnes)
        {
            yield return text;
        }

        for (var i = 0; i < 5_000; i++)
        {
            var length = random.Next(1, 20);
            var chars = new char[length];
            for (var j = 0; j < length; j++)
            {
                chars[j] = random.Next(12) switch { 10 => '.', 11 when j == 0 => '-', _ => (char)('0' + random.Next(10)) };
            }

            yield return new string(chars);
        }
    }

    [Fact]
    public void A_number_is_the_double_that_double_TryParse_reads_and_is_refused_where_it_refuses()
    {
        foreach (var text in Numbers())
        {
            if (double.TryParse(text, Decimal, CultureInfo.InvariantCulture, out var expected))
            {
                BitConverter.DoubleToInt64Bits(GdeltValues.Number(text, "X", double.MinValue, double.MaxValue)).Should().Be(BitConverter.DoubleToInt64Bits(expected), "'{0}' reads so", text);
            }
            else
            {
                FluentActions.Invoking(() => GdeltValues.Number(text, "X", double.MinValue, double.MaxValue)).Should().Throw<GdeltRowException>("'{0}' is not a number", text);
            }
        }
    }

    [Fact]
    public void A_whole_number_is_the_int_that_int_TryParse_reads_and_is_refused_where_it_refuses()
    {
        foreach (var text in Numbers())
        {
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var expected))
            {
                GdeltValues.Integer(text, "X", int.MinValue, int.MaxValue).Should().Be(expected, "'{0}' reads so", text);
            }
            else
            {
                FluentActions.Invoking(() => GdeltValues.Integer(text, "X", int.MinValue, int.MaxValue)).Should().Throw<GdeltRowException>("'{0}' is not a whole number", text);
            }
        }
    }

    [Theory]
    [InlineData("10", -10, 10, true)]
    [InlineData("10.0000000000001", -10, 10, false)]
    [InlineData("-10.00", -10, 10, true)]
    [InlineData("-10.000000000001", -10, 10, false)]
    public void A_number_is_checked_against_its_range(string text, double min, double max, bool within)
    {
        var read = FluentActions.Invoking(() => GdeltValues.Number(text, "GoldsteinScale", min, max));
        if (within)
        {
            read.Should().NotThrow();
        }
        else
        {
            read.Should().Throw<GdeltRowException>().WithMessage("GoldsteinScale is '*', not a number from -10 to 10.");
        }
    }

    [Theory]
    [InlineData("410412347", 410412347L)]
    [InlineData("999999999999999999", 999999999999999999L)]
    [InlineData("000000000000000001", 1L)]
    public void An_id_is_read_from_its_digits(string text, long id) => GdeltValues.Id(text, "GLOBALEVENTID").Should().Be(id);

    [Theory]
    [InlineData("20250314", 2025, 3, 14)]
    [InlineData("00010101", 1, 1, 1)]
    [InlineData("20240229", 2024, 2, 29)]
    public void A_day_is_read_from_its_digits(string text, int year, int month, int day) =>
        GdeltValues.Day(text, "SQLDATE").Should().Be(new NodaTime.LocalDate(year, month, day));

    [Fact]
    public void A_moment_is_read_from_its_digits() =>
        GdeltValues.Moment("20250314235959", "DATEADDED").Should().Be(NodaTime.Instant.FromUtc(2025, 3, 14, 23, 59, 59));
}
