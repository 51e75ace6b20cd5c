package org.rlambda.lambda;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class S3KeysTest {
    @Test void plusIsASpace() { assertEquals("my data/sales 2024.csv", S3Keys.decode("my+data/sales+2024.csv")); }

    @Test void percentEscapesAreUtf8() {
        assertEquals("données/été+1.csv", S3Keys.decode("donn%C3%A9es/%C3%A9t%C3%A9%2B1.csv"));
    }

    @Test void strayPercentIsKept() { assertEquals("100%/x%zz%4", S3Keys.decode("100%/x%zz%4")); }

    @Test void fileNameIsTheLastSegmentMadeSafe() {
        assertEquals("sales 2024.csv", S3Keys.fileName("a/b/sales 2024.csv"));
        assertEquals("object", S3Keys.fileName("a/b/"));
        assertEquals("x_y.csv", S3Keys.fileName("x:y.csv"));
    }
}
