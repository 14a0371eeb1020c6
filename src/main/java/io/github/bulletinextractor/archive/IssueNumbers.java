package io.github.bulletinextractor.archive;

import java.util.List;

/** Lists of issue numbers, as messages and the {@code numbers} column write them and as problems sort by them. */
final class IssueNumbers {

    private IssueNumbers() {}

    /** {@code 3, 5-9, 12}: runs of three or more numbers as a range, items joined by {@code separator}. */
    static String ranges(List<Integer> numbers, String separator) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            if (text.length() > 0) {
                text.append(separator);
            }
            if (j - i >= 2) {
                text.append(numbers.get(i)).append('-').append(numbers.get(j));
                i = j + 1;
            } else {
                text.append(numbers.get(i));
                i++;
            }
        }
        return text.toString();
    }

    /** Number by number, a list that is the start of another first. */
    static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
