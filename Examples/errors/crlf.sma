# A script with CR LF line breaks: columns count characters, not the CR (issue 24).
contribution
contribution 2021 +
