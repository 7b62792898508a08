package com.funnelboard.domain;

import java.util.Objects;

/**
 * Which deals a report counts: by owner (everyone, one person, nobody), by source and by the
 * industry of the deal's organization (its own, else its contact's). A null source or industry
 * lets every deal through; the three combine (a deal must pass all). Source and industry compare
 * ignoring case.
 */
public record ReportFilter(OwnerFilter owner, String source, String industry) {

    public static final ReportFilter ALL = new ReportFilter(OwnerFilter.EVERYONE, null, null);

    public ReportFilter {
        Objects.requireNonNull(owner, "owner");
        source = blankToNull(source);
        industry = blankToNull(industry);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean isAll() {
        return owner.kind() == OwnerFilter.Kind.EVERYONE && source == null && industry == null;
    }

    public ReportFilter withOwner(OwnerFilter o) {
        return new ReportFilter(o, source, industry);
    }

    public ReportFilter withSource(String s) {
        return new ReportFilter(owner, s, industry);
    }

    public ReportFilter withIndustry(String i) {
        return new ReportFilter(owner, source, i);
    }
}
