import { type CalendarDate, parseDate } from '@internationalized/date';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  Label,
  Popover,
} from 'react-aria-components';
import { type FieldBase, FieldMessages, LabelText, useFieldIds } from '../form-fields.tsx';

export interface DatePickerFieldProps extends FieldBase {
  /** ÅÅÅÅ-MM-DD, or '' for no date. */
  value: string;
  onChange: (value: string) => void;
}

function calendarDate(value: string): CalendarDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

/**
 * A date typed year, month and day in the Swedish order (2026-03-15), or chosen in a calendar that opens from the
 * button; every part works by keyboard and is read out by screen readers. The locale comes from the root layout.
 */
export function DatePickerField(props: DatePickerFieldProps) {
  const ids = useFieldIds(props.error, props.description);
  return (
    <DatePicker
      className={`field${props.error ? ' field-invalid' : ''}`}
      value={calendarDate(props.value)}
      onChange={(date) => props.onChange(date ? date.toString() : '')}
      onBlur={props.onBlur}
      isDisabled={props.disabled ?? false}
      isInvalid={Boolean(props.error)}
      validationBehavior="aria"
      shouldForceLeadingZeros
      aria-describedby={ids.describedBy}
    >
      <Label className="field-label">
        <LabelText label={props.label} optional={props.optional} />
      </Label>
      <FieldMessages {...props} hintId={ids.hintId} errorId={ids.errorId} />
      <Group
        className="date-group"
        ref={(element) =>
          props.inputRef?.(
            element &&
              ({
                focus: () => element.querySelector<HTMLElement>('[role="spinbutton"]')?.focus(),
              } as HTMLElement),
          )
        }
      >
        <DateInput className="date-input">
          {(segment) => <DateSegment segment={segment} className="date-segment" />}
        </DateInput>
        <Button className="date-button">
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
            <path
              fill="currentColor"
              d="M4 0h1.5v2h5V0H12v2h2.5A1.5 1.5 0 0 1 16 3.5v11a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 0 14.5v-11A1.5 1.5 0 0 1 1.5 2H4zM1.5 6v8.5h13V6z"
            />
          </svg>
        </Button>
      </Group>
      <Popover className="date-popover">
        <Dialog className="date-dialog">
          <Calendar className="calendar">
            <header className="calendar-header">
              <Button slot="previous" className="calendar-nav">
                ‹
              </Button>
              <Heading className="calendar-heading" />
              <Button slot="next" className="calendar-nav">
                ›
              </Button>
            </header>
            <CalendarGrid className="calendar-grid">
              {(date) => <CalendarCell date={date} className="calendar-cell" />}
            </CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  );
}
