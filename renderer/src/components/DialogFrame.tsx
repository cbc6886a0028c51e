import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

interface DialogFrameProps {
  title: string;
  children: ReactNode;
  /** Escape, or a button inside, closes it; focus goes back where it was. */
  onClose(): void;
  className?: string;
}

/**
 * A modal dialog from React Aria: focus moves in and is kept there, the page behind is
 * hidden from screen readers, Escape closes it, and focus returns to what opened it.
 */
export function DialogFrame({ title, children, onClose, className }: DialogFrameProps) {
  return (
    <ModalOverlay isOpen isDismissable={false} onOpenChange={(open) => !open && onClose()} className="modal-overlay">
      <Modal className={className ? `modal ${className}` : 'modal'}>
        <Dialog className="dialog">
          <Heading slot="title">{title}</Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
