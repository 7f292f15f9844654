package dev.parallax.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeTaggerTest {
  /** Saturday 14 March 2026. */
  private static final Optional<LocalDate> ANCHOR = Optional.of(LocalDate.of(2026, 3, 14));
  private final TimeTagger tagger = new TimeTagger();

  private TimeExpression only(String text) {
    List<TimeExpression> found = tagger.tag(text, ANCHOR);
    assertThat(found).as("expressions in: " + text).hasSize(1);
    return found.get(0);
  }

  private String value(String text) {
    return only(text).value();
  }

  @Test
  void tag_absoluteDates_areNormalisedToTheDay() {
    assertThat(value("The Veldra council met on 14 March 2026 in the old mill.")).isEqualTo("2026-03-14");
    assertThat(value("The Veldra council met on March 14, 2026 in the old mill.")).isEqualTo("2026-03-14");
    assertThat(value("The filing is dated 2026-03-14 at the registry.")).isEqualTo("2026-03-14");
    assertThat(value("The ferry line opened on Tuesday, March 10, 2026.")).isEqualTo("2026-03-10");
  }

  @Test
  void tag_monthAndYear_areNormalisedToTheirGranularity() {
    assertThat(value("Harbour tolls rose in March 2026.")).isEqualTo("2026-03");
    assertThat(value("The lighthouse was built in 1998.")).isEqualTo("1998");
    assertThat(value("The orchard was planted in the 1990s.")).isEqualTo("199");
    assertThat(value("Such mills spread in the 19th century.")).isEqualTo("18");
  }

  @Test
  void tag_offsets_coverTheExpressionInTheGivenText() {
    String text = "Officials said on Friday that the bridge would reopen.";
    TimeExpression friday = only(text);
    assertThat(text.substring(friday.start(), friday.end())).isEqualTo("Friday");
    assertThat(friday.text()).isEqualTo("Friday");
  }

  @Test
  void tag_weekdayInPastTense_isTheLastSuchDayUpToTheAnchor() {
    assertThat(value("The Veldra council voted on Friday to close the quay.")).isEqualTo("2026-03-13");
    assertThat(value("The Veldra council voted on Saturday to close the quay.")).isEqualTo("2026-03-14");
  }

  @Test
  void tag_weekdayWithWill_isTheComingSuchDay() {
    assertThat(value("The council will vote on Tuesday on the quay.")).isEqualTo("2026-03-17");
  }

  @Test
  void tag_weekdayPossessive_isInThePast() {
    assertThat(value("Lawyers said they would appeal Wednesday's ruling.")).isEqualTo("2026-03-11");
  }

  @Test
  void tag_lastAndNextNamedMonths_landOnEitherSideOfTheAnchor() {
    assertThat(value("Prices at the Orlen market fell last June.")).isEqualTo("2025-06");
    assertThat(value("Prices at the Orlen market will fall next June.")).isEqualTo("2026-06");
  }

  @Test
  void tag_relativeUnits_countFromTheAnchor() {
    assertThat(value("The committee reported next month.")).isEqualTo("2026-04");
    assertThat(value("The committee met this week.")).isEqualTo("2026-W11");
    assertThat(value("Turnout was higher last year.")).isEqualTo("2025");
  }

  @Test
  void tag_lateFebruary_isTheMonthWithAnEndMod() {
    TimeExpression e = only("The thaw came in late February.");
    assertThat(e.value()).isEqualTo("2026-02");
    assertThat(e.mod()).isEqualTo("END");
    assertThat(e.text()).isEqualTo("late February");
  }

  @Test
  void tag_earlierThisYear_isTheYear() {
    TimeExpression e = only("The mayor resigned earlier this year.");
    assertThat(e.value()).isEqualTo("2026");
    assertThat(e.mod()).isEqualTo("START");
  }

  @Test
  void tag_byYearsEnd_isTheYearWithEndMod() {
    TimeExpression e = only("The tunnel should open by year's end.");
    assertThat(e.text()).isEqualTo("year's end");
    assertThat(e.value()).isEqualTo("2026");
    assertThat(e.mod()).isEqualTo("END");
  }

  @Test
  void tag_durations_areIsoPeriods() {
    TimeExpression seven = only("Fares have risen over the past seven months.");
    assertThat(seven.type()).isEqualTo(TimexType.DURATION);
    assertThat(seven.value()).isEqualTo("P7M");
    assertThat(value("The strike lasted two weeks.")).isEqualTo("P2W");
    assertThat(value("Crews worked for 24 hours.")).isEqualTo("PT24H");
    assertThat(value("The talks dragged on for years.")).isEqualTo("PXY");
  }

  @Test
  void tag_ageOfAPerson_isNotADuration() {
    assertThat(tagger.tag("A 7-year-old girl from Orlen won the prize.", ANCHOR)).isEmpty();
  }

  @Test
  void tag_dayWords_areAnchorRelative() {
    assertThat(value("The Orlen bakery burned down yesterday.")).isEqualTo("2026-03-13");
    assertThat(value("The Orlen bakery reopens today.")).isEqualTo("2026-03-14");
    assertThat(value("The Orlen bakery reopens tomorrow.")).isEqualTo("2026-03-15");
    assertThat(value("Fireworks are planned for tonight.")).isEqualTo("2026-03-14");
    assertThat(value("The mayor spoke this morning.")).isEqualTo("2026-03-14");
  }

  @Test
  void tag_quartersAndSeasons_useTheNearestOccurrence() {
    assertThat(value("Profit rose in the fourth quarter.")).isEqualTo("2025-Q4");
    assertThat(value("Profit rose in the third quarter of 2024.")).isEqualTo("2024-Q3");
    assertThat(value("The bridge closed last fall.")).isEqualTo("2025-FA");
  }

  @Test
  void tag_aYearEarlier_afterAQuarter_isTheSameQuarterAYearBefore() {
    List<TimeExpression> found = tagger.tag(
        "Veldra Mills earned $3 million in the fourth quarter, up from $2 million a year earlier.", ANCHOR);
    assertThat(found).extracting(TimeExpression::value).containsExactly("2025-Q4", "2024-Q4");
  }

  @Test
  void tag_agoExpressions_shiftTheAnchor() {
    assertThat(value("The dam was finished two years ago.")).isEqualTo("2024");
    assertThat(value("The dam was finished three days ago.")).isEqualTo("2026-03-11");
  }

  @Test
  void tag_now_isPresentRef() {
    assertThat(value("The quay is now closed to lorries.")).isEqualTo("PRESENT_REF");
  }

  @Test
  void tag_clockTimes_areTimesOnTheirDay() {
    TimeExpression e = only("The polls closed at 9:15 a.m. Friday in Orlen.");
    assertThat(e.type()).isEqualTo(TimexType.TIME);
    assertThat(e.value()).isEqualTo("2026-03-13T09:15");
  }

  @Test
  void tag_sets_areRecurrences() {
    TimeExpression every = only("The ferry sails every week.");
    assertThat(every.type()).isEqualTo(TimexType.SET);
    assertThat(every.value()).isEqualTo("P1W");
    assertThat(value("The bulletin appears weekly.")).isEqualTo("P1W");
  }

  @Test
  void tag_ranges_tagBothEnds() {
    assertThat(tagger.tag("The exhibition runs from March 2026 to June 2026.", ANCHOR))
        .extracting(TimeExpression::value).containsExactly("2026-03", "2026-06");
  }

  @Test
  void tag_surnameMay_isNotAMonth() {
    assertThat(tagger.tag("Councillor Edith May opposed the plan.", ANCHOR)).isEmpty();
  }

  @Test
  void tag_withoutAnchor_leavesUnknownPartsAsX() {
    List<TimeExpression> found = tagger.tag("The council voted on Friday.", Optional.empty());
    assertThat(found).extracting(TimeExpression::value).containsExactly("XXXX-WXX-5");
  }

  @Test
  void analyze_withoutPublicationDate_infersTheAnchorAndSaysSo() {
    TimeAnalysis analysis = tagger.analyze(
        "ORLEN, Tuesday, March 10, 2026 - The council voted on Monday to close the quay.", Optional.empty());
    assertThat(analysis.inferred()).isPresent();
    assertThat(analysis.anchor()).contains(LocalDate.of(2026, 3, 10));
    assertThat(analysis.expressions()).extracting(TimeExpression::value).contains("2026-03-09");
  }

  @Test
  void tag_holidays_resolveToTheirDay() {
    assertThat(value("The ferry sank last Thanksgiving.")).isEqualTo("2025-11-27");
    assertThat(value("The festival will open on Easter Sunday.")).isEqualTo("2026-04-05");
  }

  @Test
  void tag_secondDayOfARange_takesTheMonthOfTheFirst() {
    assertThat(tagger.tag("The summit is held on April 24 and 25, 2026.", ANCHOR))
        .extracting(TimeExpression::value).containsExactly("2026-04-24", "2026-04-25");
  }

  @Test
  void tag_thatDay_isTheDayMentionedBefore() {
    assertThat(tagger.tag("The dam failed on March 3, 2026. Rescuers arrived later that day.", ANCHOR))
        .extracting(TimeExpression::value).containsExactly("2026-03-03", "2026-03-03");
  }

  @Test
  void tag_spokenYearsAndDecades_areRead() {
    assertThat(value("The bridge opened in nineteen ninety-six.")).isEqualTo("1996");
    assertThat(value("Rents rose through the nineties.")).isEqualTo("199");
  }

  @Test
  void tag_clockWithPartOfDay_isA24HourTime() {
    assertThat(value("The convoy leaves at 4 in the afternoon.")).isEqualTo("2026-03-14T16:00");
  }

  @Test
  void tag_fractionalDurations_spillIntoTheNextUnit() {
    assertThat(value("The hearing lasted 5 1/2 hours.")).isEqualTo("PT5H30M");
    assertThat(value("The refugees waited a year and a half.")).isEqualTo("P1Y6M");
    assertThat(value("Costs are spread over the next three quarters.")).isEqualTo("P9M");
  }

  @Test
  void tag_unitsLater_isTheLengthOfTime() {
    TimeExpression e = only("Three days later the ferry sailed again.");
    assertThat(e.type()).isEqualTo(TimexType.DURATION);
    assertThat(e.value()).isEqualTo("P3D");
  }

  @Test
  void tag_businessShorthand_quartersAndHalves() {
    assertThat(value("Veldra Mills lost money in Q3 2025.")).isEqualTo("2025-Q3");
    assertThat(value("Veldra Mills expects a profit in H2 2026.")).isEqualTo("2026-H2");
    assertThat(value("Veldra Mills lost money in Q4.")).isEqualTo("2025-Q4");
  }

  @Test
  void tag_slashDates_readDayFirstWhenTheFirstNumberIsNoMonth() {
    assertThat(value("The notice is dated 14/03/2026.")).isEqualTo("2026-03-14");
    assertThat(value("The notice is dated 03/14/2026.")).isEqualTo("2026-03-14");
  }

  @Test
  void tag_textWithoutTimes_findsNothing() {
    assertThat(tagger.tag("", ANCHOR)).isEmpty();
    assertThat(tagger.tag("The Orlen council knows the quay well.", ANCHOR)).isEmpty();
  }

  @Test
  void tag_yearAgoPeriods_shiftTheQuarterUnderDiscussion() {
    assertThat(tagger.tag("Veldra Mills earned $4 million in the fourth quarter, against $1 million in the 2024 period"
        + " and $2 million in the year-ago fourth quarter.", ANCHOR))
        .extracting(TimeExpression::value).containsExactly("2025-Q4", "2024-Q4", "2024-Q4");
  }

  @Test
  void tag_weekdayNextToASayingVerb_datesTheStatementInThePast() {
    assertThat(value("A Veldra spokesman said Thursday that the ferry would resume.")).isEqualTo("2026-03-12");
  }

  @Test
  void tag_presentTenseSchedulingVerb_pointsToTheComingDay() {
    assertThat(value("The Orlen council meets Friday to discuss the quay.")).isEqualTo("2026-03-20");
  }

  @Test
  void tag_verbBeforeTheExpression_outweighsOneAfterIt() {
    List<TimeExpression> found = tagger.tag("The closure, first proposed in late February, will cost $2 million.", ANCHOR);
    assertThat(found).extracting(TimeExpression::value).containsExactly("2026-02");
  }

  /** Thursday 12 March 2026. */
  private static final Optional<LocalDate> THURSDAY = Optional.of(LocalDate.of(2026, 3, 12));

  private String valueOn(Optional<LocalDate> anchor, String text, String expression) {
    return tagger.tag(text, anchor).stream().filter(t -> t.text().equals(expression)).findFirst()
        .orElseThrow(() -> new AssertionError(expression + " not found in: " + text)).value();
  }

  @Test
  void tag_weekdayAfterAPastReportingVerbAndItsObject_isThePastOne() {
    assertThat(valueOn(THURSDAY, "The minister told reporters on Wednesday that he would not resign.", "Wednesday"))
        .isEqualTo("2026-03-11");
    assertThat(valueOn(THURSDAY, "The minister told the provincial assembly on Wednesday that the state would pay.",
        "Wednesday")).isEqualTo("2026-03-11");
    // a clause of its own between the verb and the day keeps its future
    assertThat(valueOn(THURSDAY, "The minister told reporters that the bridge will reopen on Wednesday.", "Wednesday"))
        .isEqualTo("2026-03-18");
  }

  @Test
  void tag_pastVerbBeforeTheDay_governsAFutureCueInALaterClause() {
    assertThat(valueOn(THURSDAY, "Crews went home on Tuesday because the storm would return.", "Tuesday"))
        .isEqualTo("2026-03-10");
  }

  @Test
  void tag_dayBookedFor_isTheNearestSuchDay() {
    // a Thursday article: Friday's appointments are still to come, Monday's have passed
    assertThat(valueOn(THURSDAY, "Appointments for Friday and Monday have been cancelled.", "Friday"))
        .isEqualTo("2026-03-13");
    assertThat(valueOn(THURSDAY, "Appointments for Friday and Monday have been cancelled.", "Monday"))
        .isEqualTo("2026-03-09");
  }

  @Test
  void tag_weatherWarnedOf_isStillToCome() {
    assertThat(valueOn(THURSDAY, "Forecasters warned of further heavy rain on Saturday.", "Saturday"))
        .isEqualTo("2026-03-14");
  }

  @Test
  void tag_notUntil_saysWhenItDidHappen() {
    assertThat(valueOn(THURSDAY, "Velm's mayor was not formally charged until March 2.", "March 2")).isEqualTo("2026-03-02");
    assertThat(valueOn(THURSDAY, "The bridge stays shut until March 2.", "March 2")).isEqualTo("2027-03-02");
  }
}
