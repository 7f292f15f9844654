package dev.parallax.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TimexRuleTest {
  private static final List<TimexRule> RULES = Stream.of(DateRules.rules(), ClockRules.rules(), RelativeRules.rules(),
          FiscalPeriodRules.rules(), HolidayRules.rules(), DurationRules.rules())
      .flatMap(List::stream).toList();

  /** Fictional text with an expression for most rules, in several spellings and cases. */
  private static final String TEXT = """
      On Tuesday, March 10, 2026 the Veldra council met; by 3/14/2026 and on 2026-03-16 it met again. \
      The ferry ran on 14 March and on March 15 and 16, in March 2026, in May this year and in the 1990s. \
      In the nineties, in the 19th century and the late 1980s, fares rose. Late last year and early \
      next month the mill reopens; three years ago, a year earlier and two weeks later it closed for \
      five days. Each week, twice a month and daily the boats sail; in Q3 and in the third quarter of \
      fiscal 2025, the same period, the 2025 period; at 9:15 a.m. and at noon on Christmas Day. \
      Yesterday morning, this afternoon, the next day, that week, the weekend, last spring and summer \
      2025 were busy. Now, recently, in recent years, the near future and the coming months, at \
      year's end and at year-end, the council waits. ’90s songs played for decades, 10-day-long, \
      during the past seven months and in ’98.""";

  @Test
  void mayStartWith_allowsTheFirstCharacterOfEveryMatch() {
    int matches = 0;
    for (TimexRule rule : RULES) {
      Matcher m = rule.pattern().matcher(TEXT);
      while (m.find()) {
        if (m.end() > m.start()) {
          matches++;
          assertThat(rule.mayStartWith(TEXT.charAt(m.start()))).as(rule.name() + " at \"" + m.group() + "\"").isTrue();
        }
      }
    }
    assertThat(matches).isGreaterThan(40);
  }

  @Test
  void mayStartWith_ruleOutsCharactersNoMatchBeginsWith() {
    TimexRule weekday = RULES.stream().filter(r -> r.name().equals("weekday")).findFirst().orElseThrow();
    assertThat(weekday.mayStartWith('T')).isTrue();
    assertThat(weekday.mayStartWith('x')).isFalse();
    assertThat(weekday.mayStartWith('7')).isFalse();
  }
}
