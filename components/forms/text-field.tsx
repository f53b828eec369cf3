import * as React from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FieldDescription, FieldError, describedBy, fieldIds } from "@/components/ui/form-field";
import { cn } from "@/lib/utils";

type TextFieldProps = Omit<React.ComponentProps<"input">, "id" | "children"> & {
  id: string;
  label: React.ReactNode;
  description?: React.ReactNode;
  errors?: readonly string[];
  className?: string;
  inputClassName?: string;
};

/** Label + input + description + error, wired with aria-invalid and aria-describedby. */
export function TextField({
  id,
  label,
  description,
  errors,
  className,
  inputClassName,
  ...inputProps
}: TextFieldProps) {
  const ids = fieldIds(id);
  const invalid = Boolean(errors && errors.length > 0);
  return (
    <div className={cn("grid gap-2", className)}>
      <Label htmlFor={ids.id}>{label}</Label>
      <Input
        id={ids.id}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(
          description ? ids.descriptionId : null,
          invalid && ids.errorId,
        )}
        className={inputClassName}
        {...inputProps}
      />
      {description ? (
        <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
      ) : null}
      <FieldError id={ids.errorId} errors={errors} />
    </div>
  );
}
