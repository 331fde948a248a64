"""What each kind of input field is called, and why it refuses text: every
refusal of :mod:`worksheet.kinds` as a catalogue entry, in English and
Japanese. The figures in braces are filled in when a refusal is shown."""

from __future__ import annotations

from worksheet import date_forms, numerals
from worksheet.words import term

# What each kind reads, as a refusal names it.
WHAT_SHARES = term("kinds.what.shares", "a whole number of shares", "株数（整数）")
WHAT_UNIT = term("kinds.what.unit", "a share unit", "単元株式数")
WHAT_DAYS = term("kinds.what.days", "a number of days", "日数")
WHAT_VOTES = term("kinds.what.votes", "a number of votes", "議決権の数")
WHAT_BUSINESS_DAYS = term("kinds.what.business_days", "a number of business days", "営業日数")
WHAT_YEN = term("kinds.what.yen", "an amount in whole yen", "円単位の金額")
WHAT_PRICE = term("kinds.what.price", "a price per share in yen", "1株当たりの価格（円）")
WHAT_THOUSAND_YEN = term("kinds.what.thousand_yen", "an amount in thousands of yen", "千円単位の金額")
WHAT_MILLION_YEN = term("kinds.what.million_yen", "an amount in millions of yen", "百万円単位の金額")
WHAT_PER_SHARE = term("kinds.what.per_share", "a per-share figure in yen", "1株当たりの金額（円）")
WHAT_FACTOR = term("kinds.what.factor", "a factor such as 0.90", "0.90のような係数")
WHAT_RATIO = term("kinds.what.ratio", "an allotment ratio", "割当比率")
WHAT_PERCENT = term("kinds.what.percent", "a percentage", "百分率")
WHAT_DATE = term("kinds.what.date", "a date (yyyy-mm-dd)", "日付（yyyy-mm-dd）")
UNIT_THOUSAND_YEN = term("kinds.unit.thousand_yen", "thousands of yen", "千円")
UNIT_MILLION_YEN = term("kinds.unit.million_yen", "millions of yen", "百万円")

NOT_A_NUMBER = term("kinds.not_a_number", "'{typed}' is not {what:term}", "「{typed}」は{what:term}として読めません")
HAS_FRACTION = term("kinds.has_fraction", "'{typed}' is not {what:term}: it has a fraction",
                    "「{typed}」は{what:term}ではありません（端数があります）")
BELOW_MINIMUM = term("kinds.below_minimum", "{value} is below the smallest allowed, {minimum}",
                     "{value}は下限の{minimum}を下回っています")
ABOVE_MAXIMUM = term("kinds.above_maximum", "{value} is above the largest allowed, {maximum}",
                     "{value}は上限の{maximum}を超えています")
TOO_LARGE = term("kinds.too_large", "{value} is larger than any real figure ({maximum})",
                 "{value}は実在しうる数値を超えています（上限{maximum}）")
WHOLE_YEN = term("kinds.whole_yen", "{value}: {what:term} is stated in whole yen",
                 "{value}: {what:term}は円未満の端数なしで入力します")
TO_THE_SEN = term("kinds.to_the_sen", "{value}: {what:term} is stated to the sen (two decimals) at most",
                  "{value}: {what:term}は銭（小数第2位）までで入力します")
TOO_MANY_DECIMALS = term("kinds.too_many_decimals", "{value}: {what:term} allows {places} decimals at most",
                         "{value}: {what:term}は小数第{places}位までです")
NOT_A_DATE = term(date_forms.NOT_A_DATE, "'{typed}' is not a date: write it as 2013-07-18, 2013年7月18日 or H25.7.18",
                  "「{typed}」は日付として読めません。2013-07-18、2013年7月18日、平成25年7月18日、H25.7.18のように入力してください")
TWO_DIGIT_YEAR = term(date_forms.TWO_DIGIT_YEAR,
                      "'{typed}': a two-digit year could be any century: write the year in full (2013-07-18) "
                      "or with its era (H25.7.18)",
                      "「{typed}」: 2桁の年では世紀が定まりません。2013-07-18のように西暦4桁で、またはH25.7.18のように"
                      "元号を付けて入力してください")
YEAR_LAST = term(date_forms.YEAR_LAST,
                 "'{typed}' puts the year last, which reads day-first or month-first: write the year first, "
                 "as 2013-07-18",
                 "「{typed}」は年が最後にあり、月と日の順序が定まりません。2013-07-18のように年から入力してください")
NO_SUCH_MONTH = term("kinds.no_such_month", "'{typed}' is not a day of the calendar: there is no month {month}",
                     "「{typed}」は存在しない日付です（{month}月はありません）")
NO_SUCH_DAY = term("kinds.no_such_day", "'{typed}' is not a day of the calendar: month {month} of {year} has {days} days",
                   "「{typed}」は存在しない日付です（{year}年{month}月は{days}日までです）")
ERA_YEAR_ZERO = term("kinds.era_year_zero", "'{typed}': an era's first year is 1 (元年); there is no year 0",
                     "「{typed}」: 元号の最初の年は元年（1年）です。0年はありません")
ERA_NOT_BEGUN = term("kinds.era_not_begun",
                     "'{typed}' is not a day of {era:term}, which began on {first:date}: {day:date} is {day:era}",
                     "「{typed}」は{era:term}の日付ではありません（{era:term}は{first:date}から）。{day:date}は{day:era}です")
ERA_OUT_OF_RANGE = term("kinds.era_out_of_range",
                        "'{typed}' is not a day of {era:term}, which ran from {first:date} to {last:date}: "
                        "{day:date} is {day:era}",
                        "「{typed}」は{era:term}の日付ではありません（{era:term}は{first:date}から{last:date}まで）。"
                        "{day:date}は{day:era}です")
WRONG_WEEKDAY = term("kinds.wrong_weekday", "{day:date} is a {weekday:term}, not {written}",
                     "{day:date}は{weekday:term}です（「{written}」ではありません）")
DATE_OUT_OF_RANGE = term("kinds.date_out_of_range", "{day:date} is outside the years {first} to {last}",
                         "{day:date}は{first}年から{last}年の範囲外です")
YEAR_OUT_OF_RANGE = term("kinds.year_out_of_range", "'{typed}' is outside the years {first} to {last}",
                         "「{typed}」は{first}年から{last}年の範囲外です")
NOT_A_CHOICE = term("kinds.not_a_choice", "'{typed}' is not one of: {choices}",
                    "「{typed}」は次のいずれでもありません: {choices}")
NOT_YES_OR_NO = term("kinds.not_yes_or_no", "'{typed}' is not yes or no", "「{typed}」ははい・いいえのどちらでもありません")
NEGATIVE = term("kinds.negative", "'{typed}' is negative, and {what:term} cannot be negative",
                "「{typed}」は負の数です。{what:term}に負の数は入力できません")
NEGATIVE_MARK = term("kinds.negative_mark",
                     "'{typed}' is negative ({mark} marks a negative figure), and {what:term} cannot be negative",
                     "「{typed}」は負の数です（{mark}は負の数の記号です）。{what:term}に負の数は入力できません")
TWO_SIGNS = term(numerals.TWO_SIGNS, "'{typed}' has two signs: write a negative figure as △6 or -6",
                 "「{typed}」には符号が二つあります。負の数は△6または-6と入力してください")
NUMERAL_ORDER = term(numerals.OUT_OF_ORDER,
                     "'{typed}' cannot be read: 兆, 億, 万, 千 and 百 come largest first, each followed by less "
                     "than itself, as in 1億2,345万 or 3万5千",
                     "「{typed}」は読めません。兆・億・万・千・百は大きい順に書き、それぞれの後にはそれより小さい数を続けます"
                     "（1億2,345万、3万5千）")
NO_MULTIPLIER = term("kinds.no_multiplier", "'{typed}': {what:term} is written in digits, without 兆, 億, 万, 千 or 百",
                     "「{typed}」: {what:term}は兆・億・万・千・百を使わず数字で入力してください")
PER_SHARE_IN_YEN = term("kinds.per_share_in_yen",
                        "'{typed}': {what:term} is written in yen, without 万, 億, 千円 or 百万円, as in 3,279.44",
                        "「{typed}」: {what:term}は万・億・千円・百万円を使わず、3,279.44のように円で入力してください")
NOT_WHOLE_UNIT = term("kinds.not_whole_unit",
                      "'{typed}' is {yen:yen} yen, which is not a whole number of {unit:term}: type the figure in "
                      "{unit:term} as the release states it, truncated or rounded as it says",
                      "「{typed}」は{yen:yen}円で、{unit:term}単位で割り切れません。リリースに記載の{unit:term}単位の数値"
                      "（切捨て・四捨五入はリリースのとおり）を入力してください")
TOO_MANY_DIGITS = term("kinds.too_many_digits", "'{typed}' has {digits} digits, more than any real figure",
                       "「{typed}」は{digits}桁あり、実在しうる数値の桁数を超えています")
APPROXIMATE = term("kinds.approximate", "'{typed}' is approximate (約): type the figure as stated, without 約",
                   "「{typed}」は概数です。「約」を付けずに記載どおりの数値を入力してください")
KEPT_AS_TYPED = term("kinds.kept_as_typed", "kept as typed", "入力どおりに保存")

# A deal file holding a value of the wrong kind (``from_json``).
EXPECTED = term("kinds.expected", "expected {what:term}, found {found}", "{what:term}が必要ですが、{found}でした")
EXPECTED_STRING = term("kinds.expected_string", "expected {what:term} written as text such as \"3279.44\", found {found}",
                       "{what:term}は\"3279.44\"のような文字列で書きます（{found}でした）")
EXPECTED_TEXT = term("kinds.expected_text", "expected text, found {found}", "文字列が必要ですが、{found}でした")
TEXT_TOO_LONG = term("kinds.text_too_long", "the text is {length} characters long; a field holds {limit} at most",
                     "文字列が{length}文字あります。入力できるのは{limit}文字までです")
KEPT_TOO_LONG = term("kinds.kept_too_long",
                     "the entry kept as typed is {length} characters long; an entry holds {limit} at most",
                     "入力どおりに保存された値が{length}文字あります。保存できるのは{limit}文字までです")
LONE_SURROGATE = term("kinds.lone_surrogate",
                      "the text holds half of a character (a lone UTF-16 surrogate), which no file can store",
                      "文字列に文字の片割れ（対になっていないUTF-16サロゲート）があり、ファイルに保存できません")
EXPECTED_CHOICE = term("kinds.expected_choice", "expected one of {choices}, found {found}",
                       "{choices}のいずれかが必要ですが、{found}でした")
EXPECTED_BOOL = term("kinds.expected_bool", "expected true or false (yes or no), found {found}",
                     "trueまたはfalse（はい・いいえ）が必要ですが、{found}でした")
