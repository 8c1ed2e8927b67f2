package com.example.jackson;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Dates and times, plain and in the shapes and patterns {@code @JsonFormat} gives them. */
public class Schedule {
  public LocalDate day;
  public LocalDateTime stamp;
  public LocalTime time;
  public Instant at;
  public OffsetDateTime offsetAt;
  public ZonedDateTime zonedAt;
  public Date legacyAt;
  public Duration timeout;
  public Year year;
  public YearMonth month;
  public OffsetTime offsetTime;

  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public LocalDate isoDay;

  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "dd.MM.yyyy")
  public LocalDate dottedDay;

  @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm:ssXXX", timezone = "UTC")
  public Instant isoAt;

  @JsonFormat(pattern = "dd.MM.yyyy HH:mm")
  public Date dottedAt;

  @JsonFormat(shape = JsonFormat.Shape.NUMBER)
  public Instant secondsAt;

  @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT)
  public Instant millisAt;

  @JsonFormat(shape = JsonFormat.Shape.NUMBER)
  public Date millisSince;

  @JsonFormat(shape = JsonFormat.Shape.NUMBER)
  public Duration timeoutSeconds;

  @JsonFormat(shape = JsonFormat.Shape.NUMBER)
  public LocalDate dayParts;

  @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT)
  public LocalDate epochDay;

  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  public LocalDateTime stampParts;

  @JsonFormat(shape = JsonFormat.Shape.NUMBER)
  public LocalTime timeParts;

  @JsonFormat(shape = JsonFormat.Shape.NUMBER)
  public OffsetTime offsetTimeParts;

  @JsonFormat(shape = JsonFormat.Shape.NUMBER)
  public Year yearNumber;

  @JsonFormat(pattern = "dd.MM.yyyy")
  public Map<String, LocalDate> holidays;

  @JsonFormat(shape = JsonFormat.Shape.NUMBER)
  public Map<String, List<Instant>> deadlines;

  @JsonFormat(pattern = "dd.MM.yyyy")
  public List<LocalDate> days;
}
