package org.linli.events.internal.api;

import java.math.BigDecimal;
import java.util.Locale;

import org.linli.events.internal.Actors;
import org.linli.events.internal.EventCriteria;
import org.linli.events.internal.EventDesk;
import org.linli.events.internal.DeviceCodes;
import org.linli.events.internal.EventDetail;
import org.linli.events.internal.EventIntake;
import org.linli.events.internal.EventQueries;
import org.linli.events.internal.EventView;
import org.linli.events.internal.HotlineOrder;
import org.linli.events.internal.Report;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grid events (网格事件): reports and hotline orders in, staff queues and the steps of the
 * loop. Every step carries the version the caller read; a stale one, or a step the
 * event's state does not allow, answers 409.
 */
@RestController
@RequestMapping("/api/v1/events")
class EventController {

	/** A report; {@code requestId} makes retries safe. Photos: a later slice. */
	record ReportRequest(String categoryCode, String description, Long houseId, Long regionId, BigDecimal latitude,
			BigDecimal longitude, String address, String requestId) {

		Report report() {
			return new Report(categoryCode, description, houseId, regionId, latitude, longitude, address, requestId);
		}

	}

	/** A hotline work order under the hotline's own number (idempotent per hotline). */
	record HotlineRequest(String hotline, String orderNumber, String categoryCode, String description, Long houseId,
			Long regionId, BigDecimal latitude, BigDecimal longitude, String address) {

		HotlineOrder order() {
			return new HotlineOrder(hotline, orderNumber,
					new Report(categoryCode, description, houseId, regionId, latitude, longitude, address, null));
		}

	}

	private final EventIntake intake;

	private final EventDesk desk;

	private final EventQueries queries;

	private final DeviceCodes devices;

	EventController(EventIntake intake, EventDesk desk, EventQueries queries, DeviceCodes devices) {
		this.intake = intake;
		this.desk = desk;
		this.queries = queries;
		this.devices = devices;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('events.report')")
	ResponseEntity<EventDetail> report(@RequestBody ReportRequest r, Jurisdiction j, Authentication auth,
			Locale locale) {
		var taken = intake.report(Actors.of(j, auth), r.report());
		return ResponseEntity.status(taken.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(queries.reported(j.accountId(), taken.id(), locale));
	}

	@PostMapping("/hotline")
	@PreAuthorize("hasAuthority('events.hotline')")
	ResponseEntity<EventDetail> hotline(@RequestBody HotlineRequest r, Jurisdiction j, Authentication auth,
			Locale locale) {
		var taken = intake.hotline(Actors.of(j, auth), r.order());
		return ResponseEntity.status(taken.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(queries.detail(j, taken.id(), locale));
	}

	/** queue: to-accept, to-dispatch, to-handle, to-verify, overdue, supervised, mine. */
	@GetMapping
	@PreAuthorize("hasAuthority('events.read')")
	PageResult<EventView> list(@RequestParam(required = false) String queue,
			@RequestParam(required = false) String state, @RequestParam(required = false) String category,
			@RequestParam(required = false) Long regionId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Jurisdiction j,
			Locale locale) {
		return queries.search(j, EventCriteria.of(queue, state, category, regionId, q), Paging.of(page, size), locale);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('events.read')")
	EventDetail detail(@PathVariable long id, Jurisdiction j, Locale locale) {
		return devices.withSource(queries.detail(j, id, locale));
	}

	/** 受理, 不予受理, 派遣, 进入接单池, 改派, 结案, 合并, 挂账, 恢复, 延期审批. */
	@PostMapping("/{id}/{action:accept|reject|dispatch|pool|reassign|close|merge|backlog|resume|decide-extension}")
	@PreAuthorize("hasAuthority('events.dispatch')")
	EventQueries.StepResult dispatcherStep(@PathVariable long id, @PathVariable String action,
			@RequestBody StepRequest r, Jurisdiction j, Authentication auth) {
		return step(id, action, r, j, auth);
	}

	/** 处置, 反馈, 退回, 上报, 延期申请 by the handling unit; 核查 and 核查退回 by someone else. */
	@PostMapping("/{id}/{action:start|handle|return|escalate|request-extension|verify|send-back}")
	@PreAuthorize("hasAuthority('events.handle')")
	EventQueries.StepResult handlerStep(@PathVariable long id, @PathVariable String action, @RequestBody StepRequest r,
			Jurisdiction j, Authentication auth) {
		return step(id, action, r, j, auth);
	}

	/** 督办: note and dueAt. */
	@PostMapping("/{id}/supervise")
	@PreAuthorize("hasAuthority('events.supervise')")
	EventQueries.StepResult supervise(@PathVariable long id, @RequestBody StepRequest r, Jurisdiction j,
			Authentication auth) {
		return step(id, "supervise", r, j, auth);
	}

	private EventQueries.StepResult step(long id, String action, StepRequest r, Jurisdiction j, Authentication auth) {
		return desk.take(Actors.of(j, auth), id, r.version(), StepRequest.action(action), r.command());
	}

}
