using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Validation;

/// <summary>
/// Broken datasets validated as a file is, in flat memory, their records read a window at a time
/// (<see cref="DatasetValidator.ValidateDocument"/>): the violations of the dataset read whole and
/// validated, with the same paths, messages, lines and order.
/// </summary>
public partial class BrokenDatasetProperties
{
    [Property(MaxTest = 200)]
    public Property A_document_validated_in_flat_memory_breaks_the_rules_the_dataset_read_whole_breaks() =>
        Prop.ForAll(Arb.From(Broken), dataset =>
        {
            var bytes = NewsEventsJson.SerializeToUtf8Bytes(dataset);
            if (dataset.SchemaVersion == "3.0")
            {
                var whole = FluentActions.Invoking(() => NewsEventsJson.Deserialize(bytes)).Should().Throw<NewsEventsFormatException>().Which;
                FluentActions.Invoking(() => DatasetValidator.ValidateDocument(new MemoryStream(bytes)))
                    .Should().ThrowExactly<NewsEventsFormatException>().Which.Violations.Should().Equal(whole.Violations);
                return;
            }

            var expected = DatasetValidator.Validate(NewsEventsJson.Deserialize(bytes, new NewsEventsReaderOptions { Validate = false }), bytes);
            expected.Violations.Should().OnlyContain(v => v.LineNumber >= 1);

            Same(DatasetValidator.ValidateDocument(new MemoryStream(bytes)), expected);

            // Windows that slide every few items, and every text read again for each quote that cites it.
            Same(DocumentValidation.Validate(new MemoryStream(bytes), NewsEventsReaderOptions.Default, null, margin: 512, textBudget: 0), expected);
        });

    /// <summary>
    /// The same violations, item by item in the dataset's order. Within one item the order may differ: a
    /// claim whose statement was made by someone else is reported once the speaker is named, after the rest.
    /// </summary>
    private static void Same(ValidationReport actual, ValidationReport expected)
    {
        actual.Count.Should().Be(expected.Count);
        actual.Violations.Should().BeEquivalentTo(expected.Violations);
        actual.Violations.Select(v => Item().Match(v.Path).Value).Should().Equal(expected.Violations.Select(v => Item().Match(v.Path).Value));
    }

    [GeneratedRegex(@"^\$(\.\w+\[\d+\])?")]
    private static partial Regex Item();
}
